package io.github.portkeyadmin.internal;

/**
 * Checks an API key before the client is built, so that a key an HTTP header cannot carry fails
 * at {@code build()} with a message that says where, never on the wire with OkHttp's message,
 * which quotes the whole key.
 */
public final class KeyFormat {
  private KeyFormat() {}

  /**
   * Requires a key of characters legal in an HTTP header value: visible ASCII, space and tab, as
   * OkHttp accepts them. Whitespace around the key (such as the newline ending a secret file) is
   * dropped first.
   *
   * @param key the key as configured
   * @return the key without surrounding whitespace
   * @throws IllegalArgumentException if blank, or naming the 1-based position and the kind of the
   *     first illegal character; the message never shows the key or any part of it
   */
  public static String require(String key) {
    Checks.requireNonBlank(key, "apiKey",
        "pass the key from the Portkey app (API Keys), not an empty string");
    String stripped = key.strip();
    int leading = key.length() - key.stripLeading().length();
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        throw new IllegalArgumentException("apiKey has " + kind(c) + " at position "
            + (leading + i + 1) + " (counting from 1), which an HTTP header cannot carry;"
            + " copy the key again from the Portkey app (API Keys). The key is not shown here");
      }
    }
    return stripped;
  }

  private static String kind(char c) {
    return c < 0x80 ? String.format("a control character U+%04X", (int) c) : "a non-ASCII character";
  }
}
