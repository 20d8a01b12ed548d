package io.github.portkeyadmin.errors;

/**
 * HTTP 401 (Portkey code {@code AB05}): the API key is missing, wrong, revoked or expired.
 */
public class InvalidApiKeyException extends PortkeyApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a response.
   *
   * @param error what the response said
   */
  public InvalidApiKeyException(ApiError error) {
    super(error, "Check that the key is a current Portkey API key (Portkey app, API Keys): set it with PortkeyAdminClient.builder().apiKey(...) or the PORTKEY_API_KEY environment variable");
  }
}
