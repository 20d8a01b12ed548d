package io.github.portkeyadmin;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.analytics.AnalyticsGroupRow;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.ModelAnalytics;
import io.github.portkeyadmin.analytics.TimeRange;
import io.github.portkeyadmin.analytics.UserAnalytics;
import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.insights.SpendByModel;
import io.github.portkeyadmin.support.ClientTest;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers a hostile or broken server may send: integral decimals as counts, fractional counts,
 * and decimals with absurd exponents or precision, which must be malformed before they reach a
 * caller's arithmetic or an insight.
 */
class HostileNumbersTest extends ClientTest {
  private static final AnalyticsQuery QUERY = AnalyticsQuery.builder()
      .workspaceSlug("ws-prod")
      .timeRange(TimeRange.of(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-02T00:00:00Z")))
      .build();

  private void serveUser(String requests, String cost) {
    server.enqueue(json("{\"object\":\"list\",\"total\":1,\"data\":[{\"user\":\"alice\",\"requests\":"
        + requests + ",\"cost\":" + cost + "}]}"));
  }

  @ParameterizedTest(name = "requests {0} reads as 12")
  @ValueSource(strings = {"12", "\"12\"", "12.0", "\"12.0\"", "1.2e1", "\"1.2E+1\"", "120e-1"})
  void countsAcceptIntegralDecimals(String requests) {
    serveUser(requests, "1");

    assertThat(client.analytics().users(QUERY).items().get(0).requests()).isEqualTo(12);
  }

  @ParameterizedTest(name = "requests {0} is malformed")
  @ValueSource(strings = {"2.7", "\"2.7\"", "1e-3", "9223372036854775808", "1e19", "\"many\"", "true"})
  void fractionalOrOutOfRangeCountsAreMalformedNamingTheField(String requests) {
    serveUser(requests, "1");

    assertThatThrownBy(() -> client.analytics().users(QUERY))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("/data/0/requests");
  }

  @Test
  void fractionalCountIsNotTruncated() {
    serveUser("2.7", "1");

    assertThatThrownBy(() -> client.analytics().users(QUERY))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("field /data/0/requests must be a whole number")
        .hasMessageContaining("got 2.7");
  }

  @ParameterizedTest(name = "cost {0} is malformed")
  @ValueSource(strings = {"1e3000000", "\"1e3000000\"", "1e999999999", "-1E-999999999", "1e401",
      "1e-401"})
  void decimalsWithAbsurdExponentsAreMalformedNotArithmeticErrors(String cost) {
    serveUser("1", cost);

    assertThatThrownBy(() -> client.analytics().users(QUERY))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("field /data/0/cost is ")
        .hasMessageContaining("at most 400 digits and an exponent within ±400");
  }

  @Test
  void decimalsWithAbsurdPrecisionAreMalformed() {
    serveUser("1", "0." + "3".repeat(401));

    assertThatThrownBy(() -> client.analytics().users(QUERY))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("field /data/0/cost is a 401-digit number");
  }

  @Test
  void numericStringsLongerThanAnyNumberAreMalformed() {
    serveUser("1", "\"" + "9".repeat(5000) + "\"");

    assertThatThrownBy(() -> client.analytics().users(QUERY))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("a string of 5000 characters, not a number");
  }

  @Test
  void exponentsBeyondWhatJavaCanHoldAreMalformed() {
    serveUser("1", "\"0.5e-2147483649\"");

    assertThatThrownBy(() -> client.analytics().users(QUERY))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("field /data/0/cost must be a number");
  }

  @Test
  void decimalsAtTheBoundsAreRead() {
    serveUser("1", "\"" + "9".repeat(400) + "\"");

    UserAnalytics user = client.analytics().users(QUERY).items().get(0);

    assertThat(user.cost()).isEqualByComparingTo(new BigDecimal("9".repeat(400)));
  }

  @Test
  void absurdCostNeverReachesSpendByModel() {
    server.enqueue(json("{\"object\":\"list\",\"total\":2,\"data\":["
        + "{\"ai_model\":\"gpt-4o\",\"requests\":1,\"cost\":\"1e3000000\"},"
        + "{\"ai_model\":\"o3\",\"requests\":1,\"cost\":0.5}]}"));

    assertThatThrownBy(() -> client.analytics().models(QUERY))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("/data/0/cost");
  }

  @Test
  void spendByModelOverTheLargestAcceptedNumbersStaysExact() {
    server.enqueue(json("{\"object\":\"list\",\"total\":2,\"data\":["
        + "{\"ai_model\":\"gpt-4o\",\"requests\":1,\"cost\":1e400},"
        + "{\"ai_model\":\"o3\",\"requests\":1,\"cost\":1e-400}]}"));

    java.util.List<ModelAnalytics> rows = client.analytics().models(QUERY).items();
    SpendByModel spend = SpendByModel.of(rows);

    assertThat(spend.totalCents()).isEqualByComparingTo(new BigDecimal("1e400").add(new BigDecimal("1e-400")));
  }

  @Test
  void optionalCountsAreHeldToTheSameRules() {
    server.enqueue(json("{\"id\":\"e-1\",\"total_records\":\"12.0\"}"));
    server.enqueue(json("{\"id\":\"e-2\",\"total_records\":2.5}"));
    server.enqueue(json("{\"slug\":\"vk\",\"usage_limits\":{\"periodic_reset_days\":1.2e1}}"));
    server.enqueue(json("{\"slug\":\"vk\",\"usage_limits\":{\"periodic_reset_days\":\"1.5\"}}"));
    server.enqueue(json("{\"slug\":\"vk\",\"usage_limits\":{\"periodic_reset_days\":3000000000}}"));

    assertThat(client.logExports().get("e-1").totalRecords()).hasValue(12);
    assertThatThrownBy(() -> client.logExports().get("e-2"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("field /total_records must be a whole number");
    assertThat(client.virtualKeys().get("vk").usageLimits().orElseThrow().periodicResetDays())
        .hasValue(12);
    assertThatThrownBy(() -> client.virtualKeys().get("vk"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("field /usage_limits/periodic_reset_days must be a whole number");
    assertThatThrownBy(() -> client.virtualKeys().get("vk"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("from -2147483648 to 2147483647");
  }

  @Test
  void absentAndBlankNumbersStayAbsent() {
    server.enqueue(json("{\"id\":\"e-1\",\"total_records\":\"\"}"));
    server.enqueue(json("{\"id\":\"e-2\",\"total_records\":null}"));

    assertThat(client.logExports().get("e-1").totalRecords()).isEmpty();
    assertThat(client.logExports().get("e-2").totalRecords()).isEmpty();
  }

  @Test
  void groupRowsReadAbsurdOrFractionalNumbersAsEmpty() {
    AnalyticsGroupRow row = AnalyticsGroupRow.of(java.util.Map.of(
        "requests", "2.7", "cost", "1e999999999", "tokens", "1.2e1", "big", 1e300));

    assertThat(row.requests()).isEmpty();
    assertThat(row.cost()).isEmpty();
    assertThat(row.number("tokens")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12"));
    assertThat(row.number("big")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1e300"));
  }

  @Test
  void groupRowsFromTheServerCountIntegralDecimals() {
    server.enqueue(json("{\"object\":\"list\",\"total\":2,\"data\":["
        + "{\"provider\":\"openai\",\"requests\":\"12.0\",\"cost\":\"1e3000000\"},"
        + "{\"provider\":\"anthropic\",\"requests\":2.7,\"cost\":0.5}]}"));

    java.util.List<AnalyticsGroupRow> rows = client.analytics().groupByProvider(QUERY).items();

    assertThat(rows.get(0).requests()).hasValue(12L);
    assertThat(rows.get(0).cost()).isEmpty();
    assertThat(rows.get(1).requests()).isEmpty();
    assertThat(rows.get(1).cost()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
  }
}
