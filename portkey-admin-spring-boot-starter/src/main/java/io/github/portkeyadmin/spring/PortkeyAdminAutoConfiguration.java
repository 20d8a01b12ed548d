package io.github.portkeyadmin.spring;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.events.CallListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Creates one {@link PortkeyAdminClient} from {@code portkey.admin.*}, unless the application
 * defines its own. Every {@link CallListener} bean is added to it, then every {@link
 * PortkeyAdminClientCustomizer} runs. The client is closed with the context.
 */
@AutoConfiguration
@ConditionalOnClass(PortkeyAdminClient.class)
@EnableConfigurationProperties(PortkeyAdminProperties.class)
public class PortkeyAdminAutoConfiguration {
  /** Created by Spring. */
  public PortkeyAdminAutoConfiguration() {}

  /**
   * The client.
   *
   * @param properties the {@code portkey.admin.*} properties
   * @param listeners call listeners to add, e.g. the Micrometer one
   * @param customizers builder adjustments, run last
   * @return the client, closed with the context
   * @throws MissingApiKeyException if no API key is configured
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public PortkeyAdminClient portkeyAdminClient(PortkeyAdminProperties properties,
      ObjectProvider<CallListener> listeners,
      ObjectProvider<PortkeyAdminClientCustomizer> customizers) {
    PortkeyAdminClient.Builder builder = ClientBuilders.from(properties);
    listeners.orderedStream().forEach(builder::addCallListener);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      String key = properties.getApiKey();
      if ((key == null || key.isBlank()) && String.valueOf(e.getMessage()).startsWith("apiKey ")) {
        throw new MissingApiKeyException(key != null, e);
      }
      throw e;
    }
  }
}
