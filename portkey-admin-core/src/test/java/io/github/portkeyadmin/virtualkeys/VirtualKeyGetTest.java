package io.github.portkeyadmin.virtualkeys;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.errors.InvalidApiKeyException;
import io.github.portkeyadmin.limits.PeriodicReset;
import io.github.portkeyadmin.support.ClientTest;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code GET /virtual-keys/{slug}}. */
class VirtualKeyGetTest extends ClientTest {
  @Test
  void getSendsTheSlugInThePath() throws Exception {
    serve("get-spec.json");

    client.virtualKeys().get("openai-prod");

    assertThat(onlyRequest().getTarget()).isEqualTo("/v1/virtual-keys/openai-prod");
  }

  @Test
  void getDecodesSpecShape() {
    serve("get-spec.json");

    VirtualKey key = client.virtualKeys().get("openai-prod");

    assertThat(key.slug()).isEqualTo("openai-prod");
    assertThat(key.status().value()).isEqualTo(VirtualKeyStatus.ACTIVE);
    assertThat(key.usageLimits().get().creditLimit()).contains(BigDecimal.TEN);
    assertThat(key.usageLimits().get().periodicReset().map(r -> r.value()))
        .contains(PeriodicReset.MONTHLY);
    assertThat(key.rateLimits().get(0).value()).isEqualTo(60);
    assertThat(key.expiresAt()).contains(Instant.parse("2026-12-31T00:00:00Z"));
    assertThat(key.resetUsage()).contains(BigDecimal.ZERO);
  }

  @Test
  void unauthorisedAnswerOfTheSpecBecomesInvalidApiKeyException() {
    server.enqueue(json(401, "{\"success\":false,\"data\":{\"message\":\"Unauthorised Request\"}}"));

    assertThatThrownBy(() -> client.virtualKeys().get("openai-prod"))
        .isInstanceOf(InvalidApiKeyException.class)
        .hasMessageContaining("Unauthorised Request");
  }

  @Test
  void blankSlugIsRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.virtualKeys().get(""))
        .hasMessageStartingWith("slug must not be blank");
    assertThatThrownBy(() -> client.virtualKeys().getAsync(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void getAsyncReturnsTheSameKey() {
    serve("get-spec.json");

    assertThat(client.virtualKeys().getAsync("openai-prod").join().slug()).isEqualTo("openai-prod");
  }
}
