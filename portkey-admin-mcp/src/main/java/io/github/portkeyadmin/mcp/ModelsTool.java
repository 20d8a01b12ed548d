package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Schema.type;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.ModelAnalytics;
import io.github.portkeyadmin.insights.SpendByModel;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code get_model_analytics_summary}: requests per model, and cost where the server sends it. */
final class ModelsTool {
  static final String NAME = "get_model_analytics_summary";
  private static final int DEFAULT_DAYS = 30;

  private ModelsTool() {}

  static ToolSpec spec(ToolContext context) {
    return new ToolSpec(NAME, "Get Model Analytics Summary",
        "Requests per model over a range, with cost (US cents and dollars) where Portkey sends"
            + " it. For spend shares and trends use summarize_spend_by_model.",
        AnalyticsArgs.range(DEFAULT_DAYS).addAll(AnalyticsArgs.filters())
            .addAll(Listing.arguments()).object(),
        Formats.analyticsFields()
            .add("total_models", type("integer"))
            .add("models", Schema.arrayOf(Schema.properties()
                .add("model", type("string"))
                .add("requests", type("integer"))
                .add("cost_cents", type("number"))
                .add("cost_dollars", type("number"))))
            .addAll(Listing.fields())
            .openObject("models", "has_more"),
        args -> run(context, args));
  }

  private static ToolOutput run(ToolContext context, Args args) {
    AnalyticsQuery query = AnalyticsArgs.query(args, context, DEFAULT_DAYS)
        .pageSize(UsersTool.PAGE_SIZE).build();
    Page<ModelAnalytics> first = context.client().analytics().models(query);
    Listing listing = Listing.of(first.autoPager().iterator(), args, ModelsTool::row);
    Map<String, Object> result = Formats.analyticsResult(query);
    result.put("total_models", first.total());
    listing.into(result, "models");
    StringBuilder text = new StringBuilder("Models in " + query.workspaceSlug() + ", "
        + Formats.range(query.timeRange()) + ": " + first.total() + " models; "
        + listing.describe(NAME) + ".");
    listing.rows().stream().limit(5).forEach(row -> text.append("\n- ")
        .append(row.getOrDefault("model", SpendByModel.UNNAMED_MODEL))
        .append(": ").append(row.get("requests")).append(" requests")
        .append(row.containsKey("cost_dollars")
            ? ", " + Formats.dollars((BigDecimal) row.get("cost_dollars")) : ""));
    return new ToolOutput(result, text.toString());
  }

  private static Map<String, Object> row(ModelAnalytics model) {
    Map<String, Object> row = new LinkedHashMap<>();
    model.aiModel().ifPresent(name -> row.put("model", name));
    row.put("requests", model.requests());
    model.cost().ifPresent(cents -> row.put("cost_cents", cents));
    model.costDollars().ifPresent(dollars -> row.put("cost_dollars", dollars));
    return row;
  }
}
