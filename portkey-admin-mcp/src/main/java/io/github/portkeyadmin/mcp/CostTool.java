package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Schema.type;

import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.CostDataPoint;
import java.util.List;
import java.util.Map;

/** {@code get_cost_analytics}: the spend series and summary, in cents and dollars. */
final class CostTool {
  static final String NAME = "get_cost_analytics";
  private static final int DEFAULT_DAYS = 30;

  private CostTool() {}

  static ToolSpec spec(ToolContext context) {
    return new ToolSpec(NAME, "Get Cost Analytics",
        "Spend over a range: total and average per request in US cents and dollars, and the"
            + " spend per time bucket in cents. For spend by model use summarize_spend_by_model.",
        AnalyticsArgs.range(DEFAULT_DAYS).addAll(AnalyticsArgs.filters())
            .addAll(Series.argument()).object(),
        Formats.analyticsFields()
            .add("total_cents", type("number"))
            .add("total_dollars", type("number"))
            .add("avg_cents_per_request", type("number"))
            .addAll(Series.fields("cents"))
            .openObject("total_cents", "total_dollars", "points"),
        args -> run(context, args));
  }

  private static ToolOutput run(ToolContext context, Args args) {
    AnalyticsQuery query = AnalyticsArgs.query(args, context, DEFAULT_DAYS).build();
    CostAnalytics cost = context.client().analytics().cost(query);
    List<Series.Point> points = cost.dataPoints().stream()
        .map((CostDataPoint point) -> new Series.Point(point.timestamp(), point.total()))
        .toList();
    Series series = Series.of(points, args);
    Map<String, Object> result = Formats.analyticsResult(query);
    result.put("total_cents", cost.summary().total());
    result.put("total_dollars", cost.summary().totalDollars());
    result.put("avg_cents_per_request", cost.summary().avg());
    series.into(result, "cents");
    String text = "Spend in " + query.workspaceSlug() + ", " + Formats.range(query.timeRange())
        + ": " + Formats.dollars(cost.summary().totalDollars()) + " ("
        + cost.summary().total().toPlainString() + " cents), average "
        + cost.summary().avg().toPlainString() + " cents per request; " + series.describe() + ".";
    return new ToolOutput(result, text);
  }
}
