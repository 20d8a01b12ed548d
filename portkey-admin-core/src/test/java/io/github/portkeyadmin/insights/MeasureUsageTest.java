package io.github.portkeyadmin.insights;

import static io.github.portkeyadmin.insights.Keys.CLOCK;
import static io.github.portkeyadmin.insights.Keys.active;
import static io.github.portkeyadmin.insights.Keys.dollars;
import static io.github.portkeyadmin.insights.Keys.monthly;
import static io.github.portkeyadmin.insights.Keys.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.OpenEnum;
import io.github.portkeyadmin.limits.UsageLimitType;
import io.github.portkeyadmin.support.ClientTest;
import io.github.portkeyadmin.support.Fixtures;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import java.math.BigDecimal;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@link KeyHealthCheck#measureUsage} through the real client against a mock Portkey. */
class MeasureUsageTest extends ClientTest {
  private final KeyHealthCheck check = KeyHealthCheck.at(CLOCK);

  @Test
  void aCostBudgetIsMeasuredWithTheCostGraphOfTheKeySinceItsLastReset() throws Exception {
    server.enqueue(Fixtures.json(Fixtures.read(getClass(), "../analytics/cost-spec.json")));
    VirtualKey key = active("openai-batch")
        .usageLimits(dollars("20").periodicReset(monthly()).build()).build();

    assertThat(check.measureUsage(key, "ws-prod", client.analytics()))
        .contains(KeyUsage.ofCostCents(new BigDecimal("1250")));
    RecordedRequest request = onlyRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/analytics/graphs/cost");
    assertThat(request.getUrl().queryParameter("virtual_keys")).isEqualTo("openai-batch");
    assertThat(request.getUrl().queryParameter("workspace_slug")).isEqualTo("ws-prod");
    assertThat(request.getUrl().queryParameter("time_of_generation_min"))
        .startsWith("2026-03-01T00:00:00");
  }

  @Test
  void aTokenBudgetIsMeasuredWithTheTokensGraph() throws Exception {
    server.enqueue(Fixtures.json(Fixtures.read(getClass(), "../analytics/tokens-spec.json")));
    VirtualKey key = active("claude-eval")
        .usageLimits(tokens(100_000).periodicReset(monthly()).build()).build();

    assertThat(check.measureUsage(key, "ws-prod", client.analytics()))
        .contains(KeyUsage.ofTokens(90_000));
    assertThat(onlyRequest().getUrl().encodedPath()).isEqualTo("/v1/analytics/graphs/tokens");
  }

  @Test
  void keysWithoutABudgetOrWithABudgetOfUnknownTypeAreNotMeasured() {
    VirtualKey unlimited = active("free").build();
    VirtualKey oddBudget = active("odd").usageLimits(dollars("5")
        .type(OpenEnum.of(UsageLimitType.class, "requests")).build()).build();

    assertThat(check.measureUsage(unlimited, "ws-prod", client.analytics())).isEmpty();
    assertThat(check.measureUsage(oddBudget, "ws-prod", client.analytics())).isEmpty();
    assertThat(server.getRequestCount()).isZero();
  }
}
