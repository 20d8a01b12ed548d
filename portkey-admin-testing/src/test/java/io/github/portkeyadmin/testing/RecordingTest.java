package io.github.portkeyadmin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.TimeRange;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the server records of each request, and what it never records. */
class RecordingTest {
  private static final Instant NOW = Instant.parse("2026-03-18T10:30:00Z");
  private final PortkeyTestServer server = PortkeyTestServer.start(Organisation.demo().at(NOW));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void recordsPathParsedQueryStatusAndWhetherTheKeyWasSent() {
    server.client().analytics().cost(AnalyticsQuery.builder().workspaceSlug("ws-prod")
        .timeRange(TimeRange.lastDays(7, Clock.fixed(NOW, ZoneOffset.UTC)))
        .addModel("openai", "gpt-4o").build());
    server.client().virtualKeys().list(1, 5);

    assertThat(server.requests()).hasSize(2);
    ReceivedRequest cost = server.requests("/analytics/graphs/cost").get(0);
    assertThat(cost.method()).isEqualTo("GET");
    assertThat(cost.param("workspace_slug")).hasValue("ws-prod");
    assertThat(cost.param("ai_org_model")).hasValue("openai__gpt-4o");
    assertThat(cost.param("time_of_generation_min")).hasValueSatisfying(
        v -> assertThat(v).startsWith("2026-03-11T10:30:00"));
    assertThat(cost.apiKeyPresent()).isTrue();
    assertThat(cost.status()).isEqualTo(200);
    ReceivedRequest keys = server.requests("virtual-keys").get(0);
    assertThat(keys.query()).containsEntry("current_page", "1").containsEntry("page_size", "5");
  }

  @Test
  void aWrongKeyIsRecordedAsPresentAndRejectedButItsValueIsNowhere() {
    try (PortkeyAdminClient wrong = server.clientBuilder().apiKey("pk-live-SECRET-123")
        .maxRetries(0).build()) {
      try {
        wrong.workspaces().list();
      } catch (RuntimeException expected) {
        assertThat(expected.getMessage()).doesNotContain("SECRET");
      }
    }

    ReceivedRequest request = server.requests().get(0);
    assertThat(request.apiKeyPresent()).isTrue();
    assertThat(request.status()).isEqualTo(401);
    assertThat(request.toString()).doesNotContain("SECRET").doesNotContain("pk-");
    assertThat(server.toString()).doesNotContain(server.apiKey());
  }
}
