package io.github.portkeyadmin.errors;

/**
 * HTTP 404 (Portkey code {@code AB08}, or {@code AB02}): the id or slug does not exist, or is outside the key's workspace.
 */
public class NotFoundException extends PortkeyApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a response.
   *
   * @param error what the response said
   */
  public NotFoundException(ApiError error) {
    super(error, "Check the id or slug, and that it belongs to a workspace this key can read");
  }
}
