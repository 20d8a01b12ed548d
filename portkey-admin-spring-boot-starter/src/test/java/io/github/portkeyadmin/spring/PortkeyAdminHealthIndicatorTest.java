package io.github.portkeyadmin.spring;

import static io.github.portkeyadmin.spring.Portkey.EMPTY_LIST;
import static io.github.portkeyadmin.spring.Portkey.error;
import static io.github.portkeyadmin.spring.Portkey.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.PortkeyAdminClient;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The opt-in health check against a mock Portkey server: what each answer means, and the cache. */
class PortkeyAdminHealthIndicatorTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-12-01T12:00:00Z"));
  private @Nullable PortkeyAdminClient client;

  private PortkeyAdminHealthIndicator indicator() {
    client = PortkeyAdminClient.builder().apiKey(Portkey.API_KEY)
        .baseUrl(server.url("/v1/").toString()).build();
    return new PortkeyAdminHealthIndicator(client, Duration.ofMinutes(5), now::get);
  }

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  @Test
  void anOrganisationAdminKeyIsUp() throws Exception {
    server.enqueue(json(EMPTY_LIST));

    Health health = indicator().health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("keyValid", true).containsEntry("organisationAdminKey", true);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/admin/workspaces?page_size=1&current_page=0");
  }

  @Test
  void aWorkspaceKeyWorksButIsNotAnAdminKey() {
    server.enqueue(error(403, "AB03", "You do not have enough permissions"));

    Health health = indicator().health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("keyValid", true).containsEntry("organisationAdminKey", false);
    assertThat((String) health.getDetails().get("reason")).contains("workspace-scoped");
  }

  @Test
  void aRejectedKeyIsDown() {
    server.enqueue(error(401, "AB05", "Unauthorized"));

    Health health = indicator().health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("keyValid", false);
  }

  @Test
  void anUnreachableOrFailingApiIsDownWithoutRetryingAndWithoutTheKey() {
    server.enqueue(error(503, "AB04", "down for maintenance"));

    Health health = indicator().health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("error", "ServerException").containsEntry("reason", "HTTP 503");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(health.toString()).doesNotContain(Portkey.API_KEY);
  }

  @Test
  void aResultIsReusedUntilTheCacheExpires() {
    server.enqueue(json(EMPTY_LIST));
    server.enqueue(error(401, "AB05", "Unauthorized"));
    PortkeyAdminHealthIndicator indicator = indicator();

    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    now.set(now.get().plus(Duration.ofMinutes(4)));
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    assertThat(server.getRequestCount()).isEqualTo(1);

    now.set(now.get().plus(Duration.ofMinutes(1)));
    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void theCacheTtlPropertyReachesTheIndicator() {
    server.enqueue(json(EMPTY_LIST));
    server.enqueue(json(EMPTY_LIST));
    Portkey.runner(server)
        .withPropertyValues("portkey.admin.health.enabled=true", "portkey.admin.health.cache-ttl=0s")
        .run(context -> {
          PortkeyAdminHealthIndicator indicator =
              context.getBean(PortkeyAdminHealthIndicator.class);
          indicator.health();
          indicator.health();
        });
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
