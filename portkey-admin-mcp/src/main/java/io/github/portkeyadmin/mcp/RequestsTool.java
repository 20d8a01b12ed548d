package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Schema.type;

import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.RequestAnalytics;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** {@code get_request_analytics}: the request volume series. */
final class RequestsTool {
  static final String NAME = "get_request_analytics";
  private static final int DEFAULT_DAYS = 7;

  private RequestsTool() {}

  static ToolSpec spec(ToolContext context) {
    return new ToolSpec(NAME, "Get Request Analytics",
        "Request count over a range, total and per time bucket. To flag unusual buckets or"
            + " error rates use detect_usage_spikes.",
        AnalyticsArgs.range(DEFAULT_DAYS).addAll(AnalyticsArgs.filters())
            .addAll(Series.argument()).object(),
        Formats.analyticsFields()
            .add("total_requests", type("integer"))
            .addAll(Series.fields("requests"))
            .openObject("total_requests", "points"),
        args -> run(context, args));
  }

  private static ToolOutput run(ToolContext context, Args args) {
    AnalyticsQuery query = AnalyticsArgs.query(args, context, DEFAULT_DAYS).build();
    RequestAnalytics requests = context.client().analytics().requests(query);
    List<Series.Point> points = requests.dataPoints().stream()
        .map(point -> new Series.Point(point.timestamp(), BigDecimal.valueOf(point.total())))
        .toList();
    Series series = Series.of(points, args);
    Map<String, Object> result = Formats.analyticsResult(query);
    result.put("total_requests", requests.summary().total());
    series.into(result, "requests");
    String text = "Requests in " + query.workspaceSlug() + ", " + Formats.range(query.timeRange())
        + ": " + Formats.count(requests.summary().total()) + " in " + series.describe() + ".";
    return new ToolOutput(result, text);
  }
}
