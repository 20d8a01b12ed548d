package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.CostDataPoint;
import io.github.portkeyadmin.analytics.ModelAnalytics;
import io.github.portkeyadmin.insights.ModelProviders;
import io.github.portkeyadmin.insights.ModelSpend;
import io.github.portkeyadmin.insights.SpendByModel;
import io.github.portkeyadmin.insights.Trend;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Pull my cost analytics for the last 30 days and summarise spend trends by model": the models
 * ranked by spend with their share, the trend between the first and the second half of the range
 * and a bar per day, using {@link SpendByModel}. With {@code --svg FILE}, also a chart of daily
 * spend per model.
 *
 * <p>The per-model cost series needs each model's provider ({@code ai_org_model=provider__model}),
 * which the grouped rows do not carry: it is guessed from the model's name by {@link
 * ModelProviders} (gpt, o1, o3, o4: openai; claude: anthropic; gemini: google; mistral:
 * mistral-ai; command: cohere), and set with
 * {@code PORTKEY_MODEL_PROVIDERS=model=provider,...} where the guess is wrong (Azure, Bedrock).
 *
 * <pre>
 * mvn -q -pl portkey-admin-examples -am compile exec:java \
 *     -Dexec.mainClass=io.github.portkeyadmin.examples.SpendTrends -Dexec.args="--svg spend.svg"
 * </pre>
 */
public final class SpendTrends {
  static final About ABOUT = new About("SpendTrends",
      "How is spend trending by model over the last N days?", 30, true, true, true);

  static final String PROVIDERS_ENV = "PORTKEY_MODEL_PROVIDERS";

  private SpendTrends() {}

  /**
   * Runs the example against {@code PORTKEY_API_KEY}'s organisation, or demo data without it.
   *
   * @param args {@code --json} for JSON output, {@code --svg FILE} for a chart
   */
  public static void main(String[] args) {
    Runner.main(args, ABOUT, SpendTrends::run);
  }

  static void run(Session session) throws IOException {
    int days = session.days(30);
    AnalyticsQuery query = session.lastDays(days).pageSize(session.pageSize()).build();
    List<ModelAnalytics> rows = session.all("models",
        session.client().analytics().models(query));
    Map<String, CostAnalytics> series = new LinkedHashMap<>();
    for (ModelAnalytics row : rows) {
      if (row.aiModel().isEmpty()) {
        continue;   // counted by SpendByModel under UNNAMED_MODEL; no filter can select it
      }
      String model = row.aiModel().get();
      Optional<String> provider = provider(session, model);
      if (provider.isEmpty()) {
        session.err().println("note: no provider known for model \"" + model
            + "\"; its trend is not shown (set " + PROVIDERS_ENV + ")");
        continue;
      }
      CostAnalytics cost = session.client().analytics().cost(
          AnalyticsQuery.builder().from(query).addModel(provider.get(), model).build());
      boolean empty = cost.dataPoints().stream().allMatch(p -> p.total().signum() == 0);
      if (empty && row.cost().filter(c -> c.signum() > 0).isPresent()) {
        session.err().println("note: no cost series for " + provider.get() + "__" + model
            + " although the model has spend; is the provider right? (set " + PROVIDERS_ENV
            + ")");
        continue;
      }
      series.put(model, cost);
    }
    SpendByModel spend = SpendByModel.of(rows, series);

    if (session.options().svg().isPresent()) {
      Path file = session.options().svg().get();
      Map<String, CostAnalytics> ranked = new LinkedHashMap<>();
      spend.models().stream().filter(m -> series.containsKey(m.model()))
          .forEach(m -> ranked.put(m.model(), series.get(m.model())));
      SvgChart.write(file, "Spend per model per UTC day, last " + days + " days, "
          + session.workspaceSlug(),
          ranked);
      session.err().println("wrote " + file);
    }
    if (session.json()) {
      session.emit(spend);
      return;
    }

    List<CostDataPoint> axis = series.values().stream().findFirst()
        .map(CostAnalytics::dataPoints).orElse(List.of());
    session.out().printf("Spend by model, last %d days%s, workspace %s%n", days, axis.isEmpty() ? ""
        : " (" + Text.date(axis.get(0).timestamp()) + " .. "
            + Text.date(axis.get(axis.size() - 1).timestamp()) + ")", session.workspaceSlug());
    Table table = Table.of("#", "Model", "Requests", "Spend", "Share", "2nd half vs 1st", "Daily")
        .right(0, 2, 3, 4);
    int rank = 0;
    for (ModelSpend model : spend.models()) {
      CostAnalytics modelSeries = series.get(model.model());
      table.row(++rank, model.model(), Text.count(model.requests()),
          model.costDollars().map(Text::dollars).orElse(null),
          model.sharePercent().map(Text::percent).orElse(null), trend(model.trend()),
          modelSeries == null ? null : Text.sparkline(modelSeries.dataPoints().stream()
              .map(CostDataPoint::total).toList(), session.unicode()));
    }
    table.print(session.out());
    session.out().printf("Total %s (%s cents) across %d models; %s (%s -> %s)%n",
        Text.dollars(spend.totalDollars()), Text.cents(spend.totalCents()),
        spend.models().size(), trend(spend.trend()), Text.dollars(spend.trend().firstHalfDollars()),
        Text.dollars(spend.trend().secondHalfDollars()));
  }

  /** {@code up 12.3%}, {@code down 40.0%}, {@code steady (-1.2%)}, {@code new}, {@code n/a}. */
  static String trend(Trend trend) {
    String change = trend.changePercent().map(p -> p.abs().toPlainString() + "%").orElse("");
    String signed = trend.changePercent()
        .map(p -> (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%").orElse("");
    return switch (trend.direction()) {
      case UP -> "up " + change;
      case DOWN -> "down " + change;
      case STEADY -> signed.isEmpty() ? "steady" : "steady (" + signed + ")";
      case NEW -> "new";
      case NOT_ENOUGH_DATA -> "n/a";
    };
  }

  private static Optional<String> provider(Session session, String model) {
    Map<String, String> overrides = new LinkedHashMap<>();
    String pairs = session.env(PROVIDERS_ENV);
    if (pairs != null) {
      for (String pair : pairs.split(",")) {
        String[] parts = pair.split("=", 2);
        if (parts.length == 2) {
          overrides.put(parts[0].strip(), parts[1]);
        }
      }
    }
    return ModelProviders.of(model, overrides);
  }

}
