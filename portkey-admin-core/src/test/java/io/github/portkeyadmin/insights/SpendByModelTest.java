package io.github.portkeyadmin.insights;

import static io.github.portkeyadmin.insights.Series.costAt;
import static io.github.portkeyadmin.insights.Series.dailyCost;
import static io.github.portkeyadmin.insights.Series.day;
import static io.github.portkeyadmin.insights.Series.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.ImmutableCostAnalytics;
import io.github.portkeyadmin.analytics.ImmutableCostSummary;
import io.github.portkeyadmin.analytics.ModelAnalytics;
import io.github.portkeyadmin.internal.ObjectMappers;
import io.github.portkeyadmin.support.Fixtures;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpendByModelTest {
  /**
   * Four days. gpt-4o 100+100 | 150+150 = 500 (+50%), claude 100+100 | 50+50 = 300 (-50%),
   * mini 0+0 | 20+30 = 50 (new). Total 850 cents; overall 400 | 450 = +12.5%.
   */
  private static Map<String, CostAnalytics> fourDays() {
    Map<String, CostAnalytics> series = new LinkedHashMap<>();
    series.put("claude-3-5-sonnet", dailyCost("100", "100", "50", "50"));
    series.put("gpt-4o-mini", dailyCost("0", "0", "20", "30"));
    series.put("gpt-4o", dailyCost("100", "100", "150", "150"));
    return series;
  }

  private static List<String> names(SpendByModel spend) {
    return spend.models().stream().map(ModelSpend::model).toList();
  }

  private static ModelSpend model(SpendByModel spend, String name) {
    return spend.models().stream().filter(m -> m.model().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void ranksModelsByCostWithSharesAndTotalInCentsAndDollars() {
    SpendByModel spend = SpendByModel.of(
        List.of(row("gpt-4o-mini", 80), row("gpt-4o", 300), row("claude-3-5-sonnet", 120)),
        fourDays());

    assertThat(names(spend)).containsExactly("gpt-4o", "claude-3-5-sonnet", "gpt-4o-mini");
    assertThat(spend.totalCents()).isEqualByComparingTo("850");
    assertThat(spend.totalDollars()).isEqualByComparingTo("8.50");
    assertThat(spend.models()).extracting(m -> m.costCents().orElseThrow())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("500"), new BigDecimal("300"), new BigDecimal("50"));
    // 500/850 = 58.82..., 300/850 = 35.29..., 50/850 = 5.88...
    assertThat(spend.models()).extracting(m -> m.sharePercent().orElseThrow())
        .containsExactly(new BigDecimal("58.8"), new BigDecimal("35.3"), new BigDecimal("5.9"));
    assertThat(model(spend, "gpt-4o").costDollars()).contains(new BigDecimal("5.00"));
    assertThat(spend.models()).extracting(ModelSpend::requests).containsExactly(300L, 120L, 80L);
    assertThat(spend.buckets()).isEqualTo(4);
  }

  @Test
  void trendsCompareTheFirstAndSecondHalfOfTheBuckets() {
    SpendByModel spend = SpendByModel.ofSeries(fourDays());

    Trend gpt = model(spend, "gpt-4o").trend();
    assertThat(gpt.firstHalfCents()).isEqualByComparingTo("200");
    assertThat(gpt.secondHalfCents()).isEqualByComparingTo("300");
    assertThat(gpt.changePercent()).contains(new BigDecimal("50.0"));
    assertThat(gpt.direction()).isEqualTo(TrendDirection.UP);
    assertThat(model(spend, "claude-3-5-sonnet").trend().direction())
        .isEqualTo(TrendDirection.DOWN);
    assertThat(model(spend, "gpt-4o-mini").trend().direction()).isEqualTo(TrendDirection.NEW);
    assertThat(spend.trend().changePercent()).contains(new BigDecimal("12.5"));
    assertThat(spend.trend().direction()).isEqualTo(TrendDirection.UP);
  }

  @Test
  void withAnOddNumberOfBucketsTheMiddleOneBelongsToNeitherHalf() {
    SpendByModel spend = SpendByModel.ofSeries(Map.of("gpt-4o", dailyCost("10", "999", "30")));

    Trend trend = spend.trend();
    assertThat(trend.firstHalfCents()).isEqualByComparingTo("10");
    assertThat(trend.secondHalfCents()).isEqualByComparingTo("30");
    assertThat(trend.changePercent()).contains(new BigDecimal("200.0"));
    assertThat(spend.totalCents()).isEqualByComparingTo("1039");
  }

  @Test
  void halvesComeFromTheBucketsOfAllSeriesSoAModelStartingLateIsNew() {
    Map<String, CostAnalytics> series = Map.of(
        "gpt-4o", dailyCost("10", "10", "10", "10"),
        "o3-mini", costAt(day(3), "40"));

    SpendByModel spend = SpendByModel.ofSeries(series);

    Trend late = model(spend, "o3-mini").trend();
    assertThat(late.direction()).isEqualTo(TrendDirection.NEW);
    assertThat(late.secondHalfCents()).isEqualByComparingTo("40");
    assertThat(spend.trend().firstHalfCents()).isEqualByComparingTo("20");
    assertThat(spend.trend().secondHalfCents()).isEqualByComparingTo("60");
  }

  @Test
  void equalCostsAreRankedByModelName() {
    SpendByModel spend = SpendByModel.of(List.of(
        row("mistral-large", 5, "100"), row("gemini-1.5-pro", 9, "100"),
        row("gpt-4o", 1, "250")));

    assertThat(names(spend)).containsExactly("gpt-4o", "gemini-1.5-pro", "mistral-large");
    assertThat(spend.models()).extracting(m -> m.sharePercent().orElseThrow())
        .containsExactly(new BigDecimal("55.6"), new BigDecimal("22.2"), new BigDecimal("22.2"));
  }

  @Test
  void rowsAloneGiveCostsWhereSentUnknownCostsLastAndNoTrends() {
    List<ModelAnalytics> rows = readRows();

    SpendByModel spend = SpendByModel.of(rows);

    assertThat(names(spend)).containsExactly("gpt-4o", "claude-3-5-sonnet", "gpt-4o-mini");
    assertThat(spend.totalCents()).isEqualByComparingTo("2501.25");
    assertThat(spend.totalDollars()).isEqualByComparingTo("25.0125");
    ModelSpend mini = model(spend, "gpt-4o-mini");
    assertThat(mini.requests()).isEqualTo(4100);
    assertThat(mini.costCents()).isEmpty();
    assertThat(mini.costDollars()).isEmpty();
    assertThat(mini.sharePercent()).isEmpty();
    // 1520.75 / 2501.25 = 60.80%; 980.5 / 2501.25 = 39.20%
    assertThat(model(spend, "gpt-4o").sharePercent()).contains(new BigDecimal("60.8"));
    assertThat(model(spend, "claude-3-5-sonnet").sharePercent()).contains(new BigDecimal("39.2"));
    assertThat(spend.models()).allSatisfy(
        m -> assertThat(m.trend().direction()).isEqualTo(TrendDirection.NOT_ENOUGH_DATA));
    assertThat(spend.trend().direction()).isEqualTo(TrendDirection.NOT_ENOUGH_DATA);
  }

  @Test
  void unknownCostsTieByName() {
    SpendByModel spend = SpendByModel.of(List.of(row("b", 1), row("a", 2), row("c", 3, "1")));

    assertThat(names(spend)).containsExactly("c", "a", "b");
  }

  @Test
  void aSeriesWinsOverTheRowCostAndModelsOnlyInSeriesHaveNoRequests() {
    SpendByModel spend = SpendByModel.of(
        List.of(row("gpt-4o", 300, "99999")),
        Map.of("gpt-4o", dailyCost("100", "200"), "claude-3-5-sonnet", dailyCost("1", "1")));

    assertThat(model(spend, "gpt-4o").costCents()).contains(new BigDecimal("300"));
    assertThat(model(spend, "claude-3-5-sonnet").requests()).isZero();
    assertThat(spend.totalCents()).isEqualByComparingTo("302");
  }

  @Test
  void rowsForTheSameModelAreAddedTogether() {
    SpendByModel spend = SpendByModel.of(List.of(
        row("gpt-4o", 10, "100"), row("gpt-4o", 5, "50.5")));

    assertThat(spend.models()).singleElement().satisfies(m -> {
      assertThat(m.requests()).isEqualTo(15);
      assertThat(m.costCents()).contains(new BigDecimal("150.5"));
      assertThat(m.sharePercent()).contains(new BigDecimal("100.0"));
    });
  }

  @Test
  void rowsWithoutAModelAreAddedTogetherUnderTheUnnamedModel() throws Exception {
    List<ModelAnalytics> rows = ObjectMappers.create().readValue(
        "[{\"requests\":2,\"cost\":\"1.5\"},{\"ai_model\":null,\"requests\":1,\"cost\":1},"
            + "{\"ai_model\":\"o3\",\"requests\":1,\"cost\":1}]",
        new TypeReference<List<ModelAnalytics>>() {});

    SpendByModel spend = SpendByModel.of(rows);

    assertThat(spend.models()).extracting(ModelSpend::model)
        .containsExactly(SpendByModel.UNNAMED_MODEL, "o3");
    assertThat(spend.models().get(0).requests()).isEqualTo(3);
    assertThat(spend.models().get(0).costCents()).contains(new BigDecimal("2.5"));
  }

  @Test
  void nothingToSummariseGivesAnEmptyZeroResult() {
    SpendByModel spend = SpendByModel.of(List.of(), Map.of());

    assertThat(spend.models()).isEmpty();
    assertThat(spend.totalCents()).isZero();
    assertThat(spend.buckets()).isZero();
    assertThat(spend.trend()).isEqualTo(Trend.notEnoughData());
  }

  @Test
  void oneBucketHasACostButNoTrend() {
    SpendByModel spend = SpendByModel.ofSeries(Map.of("gpt-4o", dailyCost("42.5")));

    assertThat(spend.totalCents()).isEqualByComparingTo("42.5");
    assertThat(spend.buckets()).isEqualTo(1);
    assertThat(model(spend, "gpt-4o").trend().direction())
        .isEqualTo(TrendDirection.NOT_ENOUGH_DATA);
    assertThat(spend.trend().direction()).isEqualTo(TrendDirection.NOT_ENOUGH_DATA);
  }

  @Test
  void aSeriesWithoutPointsCountsItsSummaryTotal() {
    CostAnalytics summaryOnly = ImmutableCostAnalytics.builder()
        .summary(ImmutableCostSummary.builder().total(new BigDecimal("77")).build())
        .build();

    SpendByModel spend = SpendByModel.ofSeries(Map.of("gpt-4o", summaryOnly));

    assertThat(spend.totalCents()).isEqualByComparingTo("77");
  }

  @Test
  void aZeroTotalGivesNoShares() {
    SpendByModel spend = SpendByModel.ofSeries(Map.of("gpt-4o", dailyCost("0", "0")));

    ModelSpend only = spend.models().get(0);
    assertThat(only.costCents()).contains(BigDecimal.ZERO);
    assertThat(only.sharePercent()).isEmpty();
    assertThat(only.trend().direction()).isEqualTo(TrendDirection.STEADY);
  }

  @Test
  void serializesWithJacksonIncludingDollarFigures() throws Exception {
    ObjectMapper mapper = ObjectMappers.create();

    JsonNode json = mapper.readTree(mapper.writeValueAsString(SpendByModel.ofSeries(fourDays())));

    assertThat(json.get("totalCents").decimalValue()).isEqualByComparingTo("850");
    assertThat(json.get("totalDollars").decimalValue()).isEqualByComparingTo("8.50");
    JsonNode first = json.get("models").get(0);
    assertThat(first.get("model").asText()).isEqualTo("gpt-4o");
    assertThat(first.get("costDollars").decimalValue()).isEqualByComparingTo("5");
    assertThat(first.get("trend").get("direction").asText()).isEqualTo("UP");
  }

  @Test
  void nullInputsAreRejected() {
    assertThatThrownBy(() -> SpendByModel.of(null, Map.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("rows == null");
    assertThatThrownBy(() -> SpendByModel.of(List.of(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SpendByModel.of(Arrays.asList((ModelAnalytics) null)))
        .isInstanceOf(NullPointerException.class).hasMessage("rows contains null");
    assertThatThrownBy(() -> new SpendByModel(List.of(), BigDecimal.ZERO, Trend.notEnoughData(),
        -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("buckets");
    assertThatThrownBy(() -> new ModelSpend("m", 0, null, Optional.empty(),
        Trend.notEnoughData())).isInstanceOf(NullPointerException.class);
  }

  private static List<ModelAnalytics> readRows() {
    try {
      return ObjectMappers.create().readValue(Fixtures.read(SpendByModelTest.class,
          "models-rows.json"), new TypeReference<List<ModelAnalytics>>() {});
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
