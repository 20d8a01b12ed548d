package io.github.portkeyadmin.mcp;

import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.TimeRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/** How results write money, counts and ranges: always with the unit. */
final class Formats {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Formats() {}

  static String dollars(BigDecimal dollars) {
    return String.format(Locale.ROOT, "$%,.2f", dollars);
  }

  static BigDecimal centsToDollars(BigDecimal cents) {
    return cents.divide(HUNDRED, 4, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String range(TimeRange range) {
    return range.start() + " to " + range.end();
  }

  /** The {@code workspace_slug} and {@code range} fields every analytics result starts with. */
  static Map<String, Object> analyticsResult(AnalyticsQuery query) {
    Map<String, Object> result = Listing.result();
    result.put("workspace_slug", query.workspaceSlug());
    result.put("range", Schema.ordered("start", query.timeRange().start().toString(),
        "end", query.timeRange().end().toString()));
    return result;
  }

  /** The output fields of {@link #analyticsResult(AnalyticsQuery)} and the demo flag. */
  static Schema analyticsFields() {
    return Schema.properties()
        .add("workspace_slug", Schema.type("string"))
        .add("range", Schema.properties()
            .add("start", Schema.type("string"))
            .add("end", Schema.type("string")).openObject())
        .add("demo", Schema.type("boolean"));
  }
}
