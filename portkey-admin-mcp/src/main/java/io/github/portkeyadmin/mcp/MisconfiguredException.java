package io.github.portkeyadmin.mcp;

/**
 * The server's own settings ({@code PORTKEY_API_KEY}, {@code PORTKEY_BASE_URL}) were refused when
 * the client was built: no argument of the call can fix that, only a restart with other settings.
 */
final class MisconfiguredException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MisconfiguredException(IllegalArgumentException cause) {
    super(cause.getMessage(), cause);
  }
}
