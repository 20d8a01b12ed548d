package io.github.portkeyadmin.spring;

import io.github.portkeyadmin.PortkeyAdminClient;

/**
 * Adjusts the builder of the auto-configured {@link PortkeyAdminClient} after the {@code
 * portkey.admin.*} properties are applied, for settings no property covers: an {@code
 * SSLContext}, a {@code Sleeper}, a key read from a vault. Declare it as a bean; several run in
 * {@code @Order}.
 */
@FunctionalInterface
public interface PortkeyAdminClientCustomizer {
  /**
   * Adjusts the builder.
   *
   * @param builder the builder, with the properties applied
   */
  void customize(PortkeyAdminClient.Builder builder);
}
