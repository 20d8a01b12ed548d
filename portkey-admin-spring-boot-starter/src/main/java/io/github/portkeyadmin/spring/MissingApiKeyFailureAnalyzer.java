package io.github.portkeyadmin.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link MissingApiKeyException} into a start-up report naming the missing property and
 * how to set it. Never prints a key: there is none to print.
 */
public class MissingApiKeyFailureAnalyzer extends AbstractFailureAnalyzer<MissingApiKeyException> {
  /** Creates the analyzer; Spring Boot finds it through {@code META-INF/spring.factories}. */
  public MissingApiKeyFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingApiKeyException cause) {
    String description = "The Portkey Admin client needs an API key, but the property "
        + MissingApiKeyException.PROPERTY + (cause.isBlank() ? " is blank." : " is not set.");
    String action = "Set " + MissingApiKeyException.PROPERTY + " to an organisation Admin API key"
        + " (Portkey app > API Keys), e.g. with the environment variable PORTKEY_ADMIN_API_KEY, or"
        + " reuse PORTKEY_API_KEY with portkey.admin.api-key=${PORTKEY_API_KEY}. To configure the"
        + " client yourself, define a PortkeyAdminClient bean and the auto-configuration backs off.";
    return new FailureAnalysis(description, action, cause);
  }
}
