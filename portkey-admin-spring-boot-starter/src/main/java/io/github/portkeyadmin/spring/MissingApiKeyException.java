package io.github.portkeyadmin.spring;

/**
 * Thrown at start-up when {@code portkey.admin.api-key} is unset or blank and no customizer set a
 * key; {@link MissingApiKeyFailureAnalyzer} explains it.
 */
public class MissingApiKeyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The property that holds the key. */
  static final String PROPERTY = "portkey.admin.api-key";

  /** Whether the property was set to a blank value rather than left out. */
  private final boolean blank;

  /**
   * Creates the exception.
   *
   * @param blank whether the property was set, but to a blank value
   * @param cause the core builder's refusal
   */
  public MissingApiKeyException(boolean blank, IllegalArgumentException cause) {
    super(PROPERTY + (blank ? " is blank" : " is not set")
        + ": cannot create the PortkeyAdminClient bean", cause);
    this.blank = blank;
  }

  /**
   * Whether the property was set, but to a blank value.
   *
   * @return {@code true} if blank, {@code false} if absent
   */
  public boolean isBlank() {
    return blank;
  }
}
