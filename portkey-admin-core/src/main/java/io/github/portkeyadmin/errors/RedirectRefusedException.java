package io.github.portkeyadmin.errors;

/**
 * The server answered with a redirect (HTTP 3xx), which the SDK never follows: the API key goes
 * only to the scheme, host and port of the configured base URL. The message names the origin the
 * redirect pointed to (never its path or query) and how to fix it: configure the URL the redirect
 * leads to as the base URL, if that host is trusted.
 */
public class RedirectRefusedException extends PortkeyApiException {
  private static final long serialVersionUID = 1L;

  /** Where the redirect pointed, as {@code scheme://host:port}, or a note that it named none. */
  private final String targetOrigin;

  /**
   * Creates the exception for a redirect.
   *
   * @param error what the response said
   * @param targetOrigin the {@code Location}'s {@code scheme://host:port}, or a note that the
   *     response had no usable {@code Location}
   * @param configuredOrigin the base URL's {@code scheme://host:port}
   */
  public RedirectRefusedException(ApiError error, String targetOrigin, String configuredOrigin) {
    super(error, "Redirect to " + targetOrigin + " refused: the SDK follows no redirects, so the"
        + " API key goes only to " + configuredOrigin + ". If that target is the right server,"
        + " configure its URL as baseUrl(...) / PORTKEY_BASE_URL");
    this.targetOrigin = targetOrigin;
  }

  /**
   * Where the redirect pointed.
   *
   * @return {@code scheme://host:port}, without path or query
   */
  public String targetOrigin() {
    return targetOrigin;
  }
}
