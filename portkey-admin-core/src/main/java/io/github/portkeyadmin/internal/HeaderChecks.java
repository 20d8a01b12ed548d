package io.github.portkeyadmin.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;

/** Validates extra headers: well-formed, and never one the SDK owns. */
public final class HeaderChecks {
  /** Headers OkHttp derives from the request itself; setting them would corrupt the framing. */
  private static final Set<String> FRAMING =
      Set.of("host", "content-length", "transfer-encoding", "connection");

  private HeaderChecks() {}

  /**
   * Checks one extra header.
   *
   * @param setting the setting's name for the message, e.g. {@code defaultHeader}
   * @param name the header name
   * @param value the header value
   * @throws IllegalArgumentException if the header is malformed, the API key, User-Agent or a
   *     framing header
   */
  public static void check(String setting, String name, String value) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals(HeadersInterceptor.API_KEY_HEADER)) {
      throw new IllegalArgumentException(setting + " may not set " + name
          + ": the client always sends its own apiKey(...) there and nothing may replace it");
    }
    if (lower.equals("user-agent")) {
      throw new IllegalArgumentException(setting + " may not set User-Agent: the SDK names itself"
          + " there; add your application with userAgentSuffix(\"my-app/1.2\") instead");
    }
    if (FRAMING.contains(lower)) {
      throw new IllegalArgumentException(setting + " may not set " + name
          + ": the HTTP client derives it from the request");
    }
    try {
      new Headers.Builder().add(name, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(setting + " header " + printable(name)
          + " is not a valid HTTP header: names are ASCII letters, digits and -, values have no"
          + " line breaks or control characters", e);
    }
  }

  /**
   * Checks every header of a map.
   *
   * @param setting the setting's name for the message
   * @param headers name to value
   * @return an immutable copy, in the map's order
   * @throws IllegalArgumentException as {@link #check(String, String, String)}
   */
  public static Map<String, String> checkAll(String setting, Map<String, String> headers) {
    headers.forEach((name, value) -> check(setting, name, value));
    return Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  private static String printable(String name) {
    return "\"" + name.replaceAll("\\p{Cntrl}", "?") + "\"";
  }
}
