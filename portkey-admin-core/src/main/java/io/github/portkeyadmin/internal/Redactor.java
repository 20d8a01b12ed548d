package io.github.portkeyadmin.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one redaction pass applied to everything the SDK emits (exception messages, log lines,
 * request ids, body excerpts): removes the API key wherever it appears, the query of any URL
 * that carries a signature, token or credential parameter, and cuts echoed caller input to a
 * readable length.
 */
public final class Redactor {
  /** Echoed input (ids, paths) is cut to this many characters. */
  static final int MAX_ECHO_LENGTH = 200;

  static final String REDACTED = "[redacted]";

  private static final Pattern URL_QUERY = Pattern.compile("(?i)(https?:(?:\\\\?/){2}[^\\s\"'<>?]*)\\?([^\\s\"'<>]*)");

  /** Query parameter names that make a URL a secret: AWS, GCS and Azure signatures, tokens. */
  private static final Pattern SECRET_PARAMETER = Pattern.compile(
      "(?i)(?:^|[&;]|\\\\u0026)(?:x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature"
          + "|x-goog-credential|signature|sig|token|access_token|credential|key-pair-id|policy"
          + "|se|sv|skoid)=");

  private final String apiKey;

  /**
   * Creates the redactor of one client.
   *
   * @param apiKey the key to remove, not blank
   */
  public Redactor(String apiKey) {
    this.apiKey = apiKey;
  }

  /**
   * Removes the key and signed-URL credentials from a text.
   *
   * @param text any text the SDK is about to emit
   * @return the text with secrets replaced by {@code [redacted]}
   */
  public String redact(String text) {
    return withoutSignedQueries(text.replace(apiKey, REDACTED));
  }

  /**
   * Redacts and cuts caller input echoed in a message to {@value #MAX_ECHO_LENGTH} characters.
   *
   * @param input an id, path or other caller-supplied text
   * @return the text, at most {@value #MAX_ECHO_LENGTH} characters plus an ellipsis
   */
  public String echo(String input) {
    String redacted = redact(input);
    return redacted.length() <= MAX_ECHO_LENGTH
        ? redacted
        : redacted.substring(0, MAX_ECHO_LENGTH) + "...(" + redacted.length() + " chars)";
  }

  private static String withoutSignedQueries(String text) {
    if (!text.toLowerCase(Locale.ROOT).contains("http")) {
      return text;
    }
    Matcher url = URL_QUERY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (url.find()) {
      String replacement = SECRET_PARAMETER.matcher(url.group(2)).find()
          ? url.group(1) + "?" + REDACTED
          : url.group();
      url.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    url.appendTail(out);
    return out.toString();
  }

  @Override
  public String toString() {
    return "Redactor{apiKey=" + REDACTED + "}";
  }
}
