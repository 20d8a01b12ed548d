package io.github.portkeyadmin.spring;

import io.github.portkeyadmin.PortkeyAdminClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The {@code portkeyAdmin} health indicator, only with {@code portkey.admin.health.enabled=true}
 * (each check spends an API call) and Spring Boot 4's {@code spring-boot-health} (Actuator).
 */
@AutoConfiguration(after = PortkeyAdminAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(PortkeyAdminClient.class)
@ConditionalOnProperty(prefix = "portkey.admin.health", name = "enabled", havingValue = "true")
public class PortkeyAdminHealthAutoConfiguration {
  /** Created by Spring. */
  public PortkeyAdminHealthAutoConfiguration() {}

  /**
   * The indicator, named {@code portkeyAdmin} in {@code /actuator/health}.
   *
   * @param client the client to check
   * @param properties for the cache time to live
   * @return the indicator
   */
  @Bean
  @ConditionalOnMissingBean(name = "portkeyAdminHealthIndicator")
  public PortkeyAdminHealthIndicator portkeyAdminHealthIndicator(PortkeyAdminClient client,
      PortkeyAdminProperties properties) {
    return new PortkeyAdminHealthIndicator(client, properties.getHealth().getCacheTtl());
  }
}
