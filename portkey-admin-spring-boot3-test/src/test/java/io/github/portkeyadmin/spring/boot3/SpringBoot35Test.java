package io.github.portkeyadmin.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.spring.MissingApiKeyFailureAnalyzer;
import io.github.portkeyadmin.spring.PortkeyAdminAutoConfiguration;
import io.github.portkeyadmin.spring.PortkeyAdminHealthAutoConfiguration;
import io.github.portkeyadmin.spring.PortkeyAdminMetricsAutoConfiguration;
import io.github.portkeyadmin.workspaces.Workspace;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter jar built against Boot 4, unchanged, in a Boot 3.5 context. */
class SpringBoot35Test {
  private final MockWebServer server = new MockWebServer();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(PortkeyAdminAutoConfiguration.class,
            PortkeyAdminMetricsAutoConfiguration.class, PortkeyAdminHealthAutoConfiguration.class))
        .withBean(MeterRegistry.class, () -> registry)
        .withPropertyValues("portkey.admin.api-key=pk-boot3",
            "portkey.admin.base-url=" + server.url("/v1/"), "portkey.admin.health.enabled=true");
  }

  @Test
  void theClientWorksAndIsTimedOnBoot35WithItsJackson() {
    assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"object\":\"list\",\"total\":1,\"data\":[{\"id\":\"ws-1\",\"slug\":\"ws-prod\","
            + "\"name\":\"Prod\",\"created_at\":\"2026-01-05T10:00:00.000Z\"}]}")
        .build());

    runner().run(context -> {
      List<Workspace> workspaces =
          context.getBean(PortkeyAdminClient.class).workspaces().list().items();
      assertThat(workspaces).extracting(Workspace::slug).containsExactly(java.util.Optional.of("ws-prod"));
    });

    assertThat(registry.get("portkey.admin.calls").tag("operation", "workspaces.list")
        .tag("outcome", "SUCCESS").timer().count()).isEqualTo(1);
  }

  @Test
  void theHealthIndicatorNeedsBoot4AndIsSimplyAbsent() {
    runner().run(context -> assertThat(context).hasNotFailed()
        .doesNotHaveBean("portkeyAdminHealthIndicator"));
  }

  @Test
  void aMissingKeyIsExplainedAndOwnClientsWin() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(PortkeyAdminAutoConfiguration.class))
        .run(context -> assertThat(new MissingApiKeyFailureAnalyzer()
            .analyze(context.getStartupFailure()).getDescription())
            .contains("portkey.admin.api-key is not set"));
    PortkeyAdminClient own = PortkeyAdminClient.builder().apiKey("pk-own").build();
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(PortkeyAdminAutoConfiguration.class))
        .withBean(PortkeyAdminClient.class, () -> own)
        .run(context -> assertThat(context.getBean(PortkeyAdminClient.class)).isSameAs(own));
  }
}
