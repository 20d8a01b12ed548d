package io.github.portkeyadmin.errors;

/**
 * HTTP 400 (Portkey code {@code AB01}): the server rejected the request's parameters. The SDK validates what it can before sending; this means the server's rules differ, and {@link #apiMessage()} says which parameter.
 */
public class BadRequestException extends PortkeyApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a response.
   *
   * @param error what the response said
   */
  public BadRequestException(ApiError error) {
    super(error, "Portkey rejected the request parameters; the message above names the one to fix");
  }
}
