package io.github.portkeyadmin.insights;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.CostDataPoint;
import io.github.portkeyadmin.analytics.ModelAnalytics;
import io.github.portkeyadmin.internal.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Spend over a range by model: the models ranked by cost, each one's share, the trend between the
 * first and the second half of the range, and the total in cents and dollars.
 *
 * <p>Feed it what the SDK returns for one {@link AnalyticsQuery}: the rows of {@code
 * analytics().models(query)} (model names and request counts; their cost where the server sends
 * one) and, for the trends, each model's cost series from {@code analytics().cost(query)} filtered
 * with {@link AnalyticsQuery.Builder#addModel(String, String)}, keyed by the model name as the rows
 * spell it:
 *
 * <pre>{@code
 * List<ModelAnalytics> rows = client.analytics().models(query).autoPager().stream().toList();
 * Map<String, CostAnalytics> series = new LinkedHashMap<>();
 * for (ModelAnalytics row : rows) {
 *   row.aiModel().ifPresent(model -> series.put(model, client.analytics().cost(
 *       AnalyticsQuery.builder().from(query)
 *           .addModel("openai", model)   // the provider of that model
 *           .build())));
 * }
 * SpendByModel spend = SpendByModel.of(rows, series);
 * }</pre>
 *
 * <p>The grouped rows do not name the provider, which the cost filter needs; the caller supplies
 * it. Rules, in order:
 *
 * <ul>
 *   <li>The models are those of the rows and of the series map. Rows with the same model are added
 *       together; rows the server sent without a model are added together under {@value
 *       #UNNAMED_MODEL}.
 *   <li>A model's cost is the sum of its series' points when a series is given (the sum of an empty
 *       series is its summary total), else its row's cost, else unknown.
 *   <li>Ranking: highest cost first; equal costs by model name; unknown costs last, by name.
 *   <li>The total is the sum of the known costs. Models missing from both inputs are not in it.
 *   <li>Trends split the union of all series' bucket timestamps in halves, as {@link Trend} says.
 * </ul>
 *
 * @param models the models, highest spend first
 * @param totalCents the sum of the known model costs, in US cents
 * @param trend the trend of the summed series of all models
 * @param buckets the number of distinct bucket timestamps across the series
 */
public record SpendByModel(
    List<ModelSpend> models, BigDecimal totalCents, Trend trend, int buckets) {

  /** The name under which rows without a model are counted: {@value}. */
  public static final String UNNAMED_MODEL = "(no model)";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Comparator<ModelSpend> RANKING =
      Comparator.<ModelSpend, Boolean>comparing(spend -> spend.costCents().isEmpty())
          .thenComparing(
              spend -> spend.costCents().orElse(BigDecimal.ZERO), Comparator.reverseOrder())
          .thenComparing(ModelSpend::model);

  /**
   * Checks and copies the components.
   *
   * @param models see {@link #models()}
   * @param totalCents see {@link #totalCents()}
   * @param trend see {@link #trend()}
   * @param buckets see {@link #buckets()}
   * @throws NullPointerException if any component is {@code null}
   * @throws IllegalArgumentException if {@code buckets} is negative
   */
  public SpendByModel {
    models = List.copyOf(models);
    Objects.requireNonNull(totalCents, "totalCents == null");
    Objects.requireNonNull(trend, "trend == null");
    if (buckets < 0) {
      throw new IllegalArgumentException("buckets must be >= 0, got " + buckets);
    }
  }

  /**
   * Spend from the grouped rows and per-model cost series.
   *
   * @param rows the rows of {@code analytics().models(query)}, in any order
   * @param costByModel each model's cost series ({@code analytics().cost(query)} filtered on that
   *     model), keyed by the model name as in {@link ModelAnalytics#aiModel()}; may be empty
   * @return the spend, ranked
   * @throws NullPointerException if an argument, a row, a key or a series is {@code null}
   */
  public static SpendByModel of(
      Collection<ModelAnalytics> rows, Map<String, CostAnalytics> costByModel) {
    Objects.requireNonNull(rows, "rows == null");
    Map<String, CostAnalytics> series = Map.copyOf(costByModel);
    Map<String, Long> requests = new HashMap<>();
    Map<String, BigDecimal> rowCents = new HashMap<>();
    TreeSet<String> names = new TreeSet<>(series.keySet());
    for (ModelAnalytics row : rows) {
      Objects.requireNonNull(row, "rows contains null");
      String name = row.aiModel().orElse(UNNAMED_MODEL);
      names.add(name);
      requests.merge(name, row.requests(), Long::sum);
      row.cost().ifPresent(cents -> rowCents.merge(name, cents, BigDecimal::add));
    }

    Halves halves = Halves.of(series.values());
    List<ModelSpend> unranked = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (String name : names) {
      CostAnalytics graph = series.get(name);
      Optional<BigDecimal> cents = graph != null
          ? Optional.of(seriesTotal(graph))
          : Optional.ofNullable(rowCents.get(name));
      Trend trend = graph != null ? halves.trend(List.of(graph)) : Trend.notEnoughData();
      total = total.add(cents.orElse(BigDecimal.ZERO));
      unranked.add(new ModelSpend(
          name, requests.getOrDefault(name, 0L), cents, Optional.empty(), trend));
    }

    List<ModelSpend> ranked = new ArrayList<>();
    for (ModelSpend spend : unranked) {
      ranked.add(new ModelSpend(spend.model(), spend.requests(), spend.costCents(),
          share(spend.costCents(), total), spend.trend()));
    }
    ranked.sort(RANKING);
    return new SpendByModel(ranked, total, halves.trend(series.values()), halves.buckets());
  }

  /**
   * Spend from the grouped rows alone: costs where the rows carry them, and no trends.
   *
   * @param rows the rows of {@code analytics().models(query)}
   * @return the spend, ranked; every trend is {@link TrendDirection#NOT_ENOUGH_DATA}
   * @throws NullPointerException if {@code rows} or a row is {@code null}
   */
  public static SpendByModel of(Collection<ModelAnalytics> rows) {
    return of(rows, Map.of());
  }

  /**
   * Spend from per-model cost series alone; request counts are 0.
   *
   * @param costByModel each model's cost series, keyed by model name
   * @return the spend, ranked
   * @throws NullPointerException if the map, a key or a series is {@code null}
   */
  public static SpendByModel ofSeries(Map<String, CostAnalytics> costByModel) {
    return of(List.of(), costByModel);
  }

  /**
   * {@link #totalCents()} in US dollars, exact.
   *
   * @return the total in dollars
   */
  @JsonProperty("totalDollars")
  public BigDecimal totalDollars() {
    return Money.centsToDollars(totalCents);
  }

  private static BigDecimal seriesTotal(CostAnalytics graph) {
    if (graph.dataPoints().isEmpty()) {
      return graph.summary().total();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (CostDataPoint point : graph.dataPoints()) {
      sum = sum.add(point.total());
    }
    return sum;
  }

  private static Optional<BigDecimal> share(Optional<BigDecimal> cents, BigDecimal total) {
    if (cents.isEmpty() || total.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(cents.get().multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP));
  }
}
