package io.github.portkeyadmin;

/**
 * How much of each HTTP exchange the client logs. The {@code x-portkey-api-key} header is always
 * redacted, and so is the key in any other line (a response header echoing it) and the query of a
 * signed URL. Bodies are never logged: they can hold signed download URLs.
 */
public enum HttpLogLevel {
  /** Nothing (the default). */
  NONE,
  /** Request line, response status, duration and size. */
  BASIC,
  /** {@link #BASIC} plus request and response headers, the key redacted. */
  HEADERS
}
