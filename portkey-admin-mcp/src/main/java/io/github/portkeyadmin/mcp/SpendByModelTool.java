package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Schema.integer;
import static io.github.portkeyadmin.mcp.Schema.stringMap;
import static io.github.portkeyadmin.mcp.Schema.type;

import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.ModelAnalytics;
import io.github.portkeyadmin.insights.ModelProviders;
import io.github.portkeyadmin.insights.ModelSpend;
import io.github.portkeyadmin.insights.SpendByModel;
import io.github.portkeyadmin.insights.Trend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code summarize_spend_by_model}: prompt 1 in one call. The models of the range, ranked by
 * spend with their share, and the trend between the first and second half, by {@link
 * SpendByModel}; each of the busiest models' cost series is fetched with its provider, guessed by
 * {@link ModelProviders} or given in {@code model_providers}.
 */
final class SpendByModelTool {
  static final String NAME = "summarize_spend_by_model";
  private static final int DEFAULT_DAYS = 30;
  private static final int DEFAULT_MAX_MODELS = 10;

  private SpendByModelTool() {}

  static ToolSpec spec(ToolContext context) {
    return new ToolSpec(NAME, "Summarize Spend by Model",
        "Answers \"summarize spend trends by model\": models ranked by spend (US dollars and"
            + " cents) with share and trend (second half of the range vs the first), and the"
            + " total trend. Default range: last 30 days.",
        AnalyticsArgs.range(DEFAULT_DAYS).addAll(AnalyticsArgs.filters())
            .add("max_models", integer("Busiest models whose cost series is fetched (default "
                + DEFAULT_MAX_MODELS + ")", 1, 25, DEFAULT_MAX_MODELS))
            .add("model_providers", stringMap("Provider per model where the guess from the"
                + " name is wrong, e.g. {\"gpt-4o\":\"azure-openai\"}"))
            .object(),
        Formats.analyticsFields()
            .add("total_cents", type("number"))
            .add("total_dollars", type("number"))
            .add("trend", trendFields().openObject())
            .add("models", Schema.arrayOf(Schema.properties()
                .add("model", type("string"))
                .add("provider", type("string"))
                .add("requests", type("integer"))
                .add("cost_cents", type("number"))
                .add("cost_dollars", type("number"))
                .add("share_percent", type("number"))
                .add("trend", trendFields().openObject())))
            .add("buckets", type("integer"))
            .add("notes", Schema.ordered("type", "array", "items", type("string")))
            .openObject("total_dollars", "models", "trend"),
        args -> run(context, args));
  }

  private static Schema trendFields() {
    return Schema.properties()
        .add("direction", type("string"))
        .add("change_percent", type("number"))
        .add("first_half_dollars", type("number"))
        .add("second_half_dollars", type("number"));
  }

  private static ToolOutput run(ToolContext context, Args args) {
    AnalyticsQuery query = AnalyticsArgs.query(args, context, DEFAULT_DAYS)
        .pageSize(UsersTool.PAGE_SIZE).build();
    Map<String, String> overrides = args.stringMap("model_providers");
    List<ModelAnalytics> rows = new ArrayList<>();
    context.client().analytics().models(query).autoPager().forEach(rows::add);
    List<String> notes = new ArrayList<>();
    Map<String, CostAnalytics> series = new LinkedHashMap<>();
    Map<String, String> providers = new LinkedHashMap<>();
    List<ModelAnalytics> named = rows.stream().filter(row -> row.aiModel().isPresent()).toList();
    named.stream().sorted(Comparator.comparingLong(ModelAnalytics::requests).reversed())
        .limit(args.integer("max_models", DEFAULT_MAX_MODELS))
        .forEach(row -> {
          String model = row.aiModel().orElseThrow();
          Optional<String> provider = ModelProviders.of(model, overrides);
          if (provider.isEmpty()) {
            notes.add("no provider known for model " + model
                + ": its trend is not shown; name it in model_providers");
            return;
          }
          providers.put(model, provider.get());
          series.put(model, context.client().analytics().cost(
              AnalyticsQuery.builder().from(query).addModel(provider.get(), model).build()));
        });
    if (named.size() > series.size() + notes.size()) {
      notes.add((named.size() - series.size() - notes.size()) + " less busy models are ranked"
          + " by the cost the server sent for them, without a trend (raise max_models)");
    }
    if (named.size() < rows.size()) {
      notes.add((rows.size() - named.size()) + " row(s) came without a model name: their cost is"
          + " counted under " + SpendByModel.UNNAMED_MODEL + ", without a trend");
    }
    SpendByModel spend = SpendByModel.of(rows, series);
    return new ToolOutput(result(query, spend, providers, notes), text(query, spend, notes));
  }

  private static Map<String, Object> result(AnalyticsQuery query, SpendByModel spend,
      Map<String, String> providers, List<String> notes) {
    Map<String, Object> result = Formats.analyticsResult(query);
    result.put("total_cents", spend.totalCents());
    result.put("total_dollars", spend.totalDollars());
    result.put("trend", trend(spend.trend()));
    Listing listing = Listing.of(spend.models().iterator(), Args.none(), model -> {
      Map<String, Object> row = Schema.ordered("model", model.model());
      Optional.ofNullable(providers.get(model.model())).ifPresent(p -> row.put("provider", p));
      row.put("requests", model.requests());
      model.costCents().ifPresent(cents -> row.put("cost_cents", cents));
      model.costDollars().ifPresent(dollars -> row.put("cost_dollars", dollars));
      model.sharePercent().ifPresent(share -> row.put("share_percent", share));
      row.put("trend", trend(model.trend()));
      return row;
    });
    listing.into(result, "models");
    result.put("buckets", spend.buckets());
    result.put("notes", notes);
    return result;
  }

  private static Map<String, Object> trend(Trend trend) {
    Map<String, Object> fields = Schema.ordered("direction", trend.direction().name());
    trend.changePercent().ifPresent(change -> fields.put("change_percent", change));
    fields.put("first_half_dollars", trend.firstHalfDollars());
    fields.put("second_half_dollars", trend.secondHalfDollars());
    return fields;
  }

  private static String text(AnalyticsQuery query, SpendByModel spend, List<String> notes) {
    StringBuilder text = new StringBuilder("Spend by model in " + query.workspaceSlug() + ", "
        + Formats.range(query.timeRange()) + ": " + Formats.dollars(spend.totalDollars())
        + " across " + spend.models().size() + " models, " + describe(spend.trend()) + ".");
    for (ModelSpend model : spend.models().subList(0, Math.min(10, spend.models().size()))) {
      text.append("\n- ").append(model.model()).append(": ")
          .append(model.costDollars().map(Formats::dollars).orElse("cost unknown"))
          .append(model.sharePercent().map(share -> " (" + share.toPlainString() + "%)")
              .orElse(""))
          .append(", ").append(Formats.count(model.requests())).append(" requests, ")
          .append(describe(model.trend()));
    }
    notes.forEach(note -> text.append("\nNote: ").append(note));
    return text.toString();
  }

  /** {@code "up 12.3% (second half vs first)"}, {@code "steady"}, {@code "new"}. */
  static String describe(Trend trend) {
    String change = trend.changePercent().map(p -> " " + p.abs().toPlainString() + "%")
        .orElse("");
    return switch (trend.direction()) {
      case UP -> "up" + change + " (second half vs first)";
      case DOWN -> "down" + change + " (second half vs first)";
      case STEADY -> "steady";
      case NEW -> "new in the second half";
      case NOT_ENOUGH_DATA -> "no trend (not enough data)";
    };
  }
}
