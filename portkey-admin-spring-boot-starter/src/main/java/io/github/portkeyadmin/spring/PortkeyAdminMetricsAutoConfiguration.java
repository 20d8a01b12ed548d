package io.github.portkeyadmin.spring;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * When Micrometer and a {@link MeterRegistry} are present, times the auto-configured client's
 * calls through a {@link MicrometerCallListener}. Off with {@code
 * portkey.admin.metrics.enabled=false}.
 */
@AutoConfiguration(
    before = PortkeyAdminAutoConfiguration.class,
    afterName = {
        // Spring Boot 4 and 3 names of the auto-configurations that create the registry.
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnClass({MeterRegistry.class, PortkeyAdminClient.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "portkey.admin.metrics", name = "enabled", matchIfMissing = true)
public class PortkeyAdminMetricsAutoConfiguration {
  /** Created by Spring. */
  public PortkeyAdminMetricsAutoConfiguration() {}

  /**
   * The listener that records the meters.
   *
   * @param registry the application's registry
   * @return the listener, added to the client by {@link PortkeyAdminAutoConfiguration}
   */
  @Bean
  @ConditionalOnMissingBean
  public MicrometerCallListener portkeyAdminMicrometerCallListener(MeterRegistry registry) {
    return new MicrometerCallListener(registry);
  }
}
