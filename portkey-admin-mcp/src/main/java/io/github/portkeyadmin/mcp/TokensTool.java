package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Schema.type;

import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.TokenAnalytics;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** {@code get_token_analytics}: the token series. */
final class TokensTool {
  static final String NAME = "get_token_analytics";
  private static final int DEFAULT_DAYS = 7;

  private TokensTool() {}

  static ToolSpec spec(ToolContext context) {
    return new ToolSpec(NAME, "Get Token Analytics",
        "Tokens (prompt + completion) over a range: total, average per request and per time"
            + " bucket.",
        AnalyticsArgs.range(DEFAULT_DAYS).addAll(AnalyticsArgs.filters())
            .addAll(Series.argument()).object(),
        Formats.analyticsFields()
            .add("total_tokens", type("integer"))
            .add("avg_tokens_per_request", type("number"))
            .addAll(Series.fields("tokens"))
            .openObject("total_tokens", "points"),
        args -> run(context, args));
  }

  private static ToolOutput run(ToolContext context, Args args) {
    AnalyticsQuery query = AnalyticsArgs.query(args, context, DEFAULT_DAYS).build();
    TokenAnalytics tokens = context.client().analytics().tokens(query);
    List<Series.Point> points = tokens.dataPoints().stream()
        .map(point -> new Series.Point(point.timestamp(), BigDecimal.valueOf(point.total())))
        .toList();
    Series series = Series.of(points, args);
    Map<String, Object> result = Formats.analyticsResult(query);
    result.put("total_tokens", tokens.summary().total());
    result.put("avg_tokens_per_request", tokens.summary().avg());
    series.into(result, "tokens");
    String text = "Tokens in " + query.workspaceSlug() + ", " + Formats.range(query.timeRange())
        + ": " + Formats.count(tokens.summary().total()) + " (average "
        + tokens.summary().avg().toPlainString() + " per request) in " + series.describe() + ".";
    return new ToolOutput(result, text);
  }
}
