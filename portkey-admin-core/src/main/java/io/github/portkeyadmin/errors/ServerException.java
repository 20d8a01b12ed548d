package io.github.portkeyadmin.errors;

/**
 * HTTP 5xx (Portkey code {@code AB04} for 500): Portkey, or a proxy in front of it, failed. Usually passes; retrying later is safe, since every call of this SDK is a read.
 */
public class ServerException extends PortkeyApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a response.
   *
   * @param error what the response said
   */
  public ServerException(ApiError error) {
    super(error, "Portkey or a proxy in front of it failed; the call is a read and safe to retry later");
  }
}
