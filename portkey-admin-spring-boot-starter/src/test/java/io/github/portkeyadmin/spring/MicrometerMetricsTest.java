package io.github.portkeyadmin.spring;

import static io.github.portkeyadmin.spring.Portkey.EMPTY_LIST;
import static io.github.portkeyadmin.spring.Portkey.error;
import static io.github.portkeyadmin.spring.Portkey.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Set;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Calls recorded through the core's call events in a SimpleMeterRegistry. */
class MicrometerMetricsTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void aSuccessfulCallIsTimedWithLowCardinalityTags() {
    server.enqueue(json(EMPTY_LIST));

    withClient(client -> client.virtualKeys().list());

    Timer timer = registry.get(MicrometerCallListener.CALLS)
        .tags("operation", "virtualKeys.list", "status", "200", "outcome", "SUCCESS",
            "exception", "none")
        .timer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(tagKeys()).containsExactlyInAnyOrder("operation", "status", "outcome", "exception");
  }

  @Test
  void retriesAreCountedAndTheFinalFailureTagged() {
    server.enqueue(error(503, "AB04", "busy"));
    server.enqueue(error(503, "AB04", "busy"));

    withClient(client -> assertThatThrownBy(() -> client.workspaces().get("ws-1")));

    assertThat(registry.get(MicrometerCallListener.RETRIES)
        .tags("operation", "workspaces.get", "status", "503").counter().count()).isEqualTo(1);
    assertThat(registry.get(MicrometerCallListener.CALLS)
        .tags("operation", "workspaces.get", "status", "503", "outcome", "SERVER_ERROR",
            "exception", "ServerException")
        .timer().count()).isEqualTo(1);
  }

  @Test
  void clientErrorsAndConnectionFailuresHaveTheirOwnTags() {
    server.enqueue(error(403, "AB03", "not allowed"));
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());

    withClient(client -> {
      assertThatThrownBy(() -> client.apiKeys().list());
      assertThatThrownBy(() -> client.withOptions(o -> o.maxRetries(0)).logExports().list());
    });

    assertThat(registry.get(MicrometerCallListener.CALLS)
        .tags("operation", "apiKeys.list", "status", "403", "outcome", "CLIENT_ERROR",
            "exception", "WorkspaceScopedKeyException").timer().count()).isEqualTo(1);
    assertThat(registry.get(MicrometerCallListener.CALLS)
        .tags("operation", "logExports.list", "status", "IO_ERROR", "outcome", "UNKNOWN",
            "exception", "PortkeyConnectionException").timer().count()).isEqualTo(1);
  }

  @Test
  void theTimerNeverCarriesThePathOrTheQuery() {
    server.enqueue(json("{\"id\":\"vk-1\",\"slug\":\"vk-secret-slug\"}"));

    withClient(client -> client.virtualKeys().get("vk-secret-slug"));

    assertThat(registry.getMeters()).flatExtracting(m -> m.getId().getTags())
        .noneMatch(tag -> tag.getValue().contains("vk-secret-slug") || tag.getValue().contains("/"));
  }

  private void withClient(java.util.function.Consumer<PortkeyAdminClient> calls) {
    Portkey.runner(server)
        .withPropertyValues("portkey.admin.max-retries=1")
        .withBean(MeterRegistry.class, () -> registry)
        .withBean(PortkeyAdminClientCustomizer.class, () -> builder -> builder.sleeper(d -> { }))
        .run(context -> calls.accept(context.getBean(PortkeyAdminClient.class)));
  }

  private Set<String> tagKeys() {
    return registry.getMeters().stream().map(Meter::getId)
        .flatMap(id -> id.getTags().stream()).map(t -> t.getKey()).collect(Collectors.toSet());
  }
}
