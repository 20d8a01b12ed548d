package io.github.portkeyadmin.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.spring.PortkeyAdminHealthIndicator;
import io.micrometer.core.instrument.MeterRegistry;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole starter in a real Boot application: client, Actuator's registry, health, logging. */
@SpringBootTest(classes = SampleApplication.class, properties = {
    "portkey.admin.api-key=pk-sample-SECRET-91",
    "portkey.admin.health.enabled=true",
    "portkey.admin.http-logging=basic"
})
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTest {
  private static final MockWebServer PORTKEY = start();

  @Autowired SampleApplication.ExportAudit audit;
  @Autowired MeterRegistry registry;
  @Autowired PortkeyAdminHealthIndicator health;

  @DynamicPropertySource
  static void portkey(DynamicPropertyRegistry properties) {
    properties.add("portkey.admin.base-url", () -> PORTKEY.url("/v1/").toString());
  }

  @AfterAll
  static void stop() {
    PORTKEY.close();
  }

  @Test
  void theApplicationsCallsAreTimedInBootsRegistryAndLoggedThroughLogback(CapturedOutput output) {
    assertThat(audit.exports()).isEmpty();

    assertThat(registry.get("portkey.admin.calls").tag("operation", "logExports.list")
        .timer().count()).isEqualTo(1);
    assertThat(output.getOut()).contains("io.github.portkeyadmin.http")
        .contains("--> GET " + PORTKEY.url("/v1/logs/exports"))
        .doesNotContain("pk-sample-SECRET-91");
  }

  @Test
  void theHealthIndicatorReportsAnOrganisationAdminKey() {
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    assertThat(health.health().getDetails()).containsEntry("organisationAdminKey", true);
  }

  private static MockWebServer start() {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String target = request.getTarget();
        boolean known = target.equals("/v1/logs/exports")
            || target.equals("/v1/admin/workspaces?page_size=1&current_page=0");
        return new MockResponse.Builder()
            .code(known ? 200 : 404)
            .addHeader("Content-Type", "application/json")
            .body(known ? "{\"object\":\"list\",\"total\":0,\"data\":[]}" : "{}")
            .build();
      }
    });
    try {
      server.start();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return server;
  }
}
