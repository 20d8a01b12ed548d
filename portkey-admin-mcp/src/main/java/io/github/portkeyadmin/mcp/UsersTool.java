package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Schema.type;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.UserAnalytics;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code get_user_analytics_summary}: requests and cost per user. */
final class UsersTool {
  static final String NAME = "get_user_analytics_summary";
  static final int PAGE_SIZE = 100;
  private static final int DEFAULT_DAYS = 30;
  /** Shown for a row the server sent without its user; the row itself then has no "user". */
  private static final String NO_USER = "(no user sent)";

  private UsersTool() {}

  static ToolSpec spec(ToolContext context) {
    return new ToolSpec(NAME, "Get User Analytics Summary",
        "Requests and cost (US cents and dollars) per user over a range, as the server ranks"
            + " them; pages through every user up to max_items.",
        AnalyticsArgs.range(DEFAULT_DAYS).addAll(AnalyticsArgs.filters())
            .addAll(Listing.arguments()).object(),
        Formats.analyticsFields()
            .add("total_users", type("integer"))
            .add("users", Schema.arrayOf(Schema.properties()
                .add("user", type("string"))
                .add("requests", type("integer"))
                .add("cost_cents", type("number"))
                .add("cost_dollars", type("number"))))
            .addAll(Listing.fields())
            .openObject("users", "has_more"),
        args -> run(context, args));
  }

  private static ToolOutput run(ToolContext context, Args args) {
    AnalyticsQuery query = AnalyticsArgs.query(args, context, DEFAULT_DAYS)
        .pageSize(PAGE_SIZE).build();
    Page<UserAnalytics> first = context.client().analytics().users(query);
    Listing listing = Listing.of(first.autoPager().iterator(), args, UsersTool::row);
    Map<String, Object> result = Formats.analyticsResult(query);
    result.put("total_users", first.total());
    listing.into(result, "users");
    StringBuilder text = new StringBuilder("Users in " + query.workspaceSlug() + ", "
        + Formats.range(query.timeRange()) + ": " + first.total() + " users; "
        + listing.describe(NAME) + ".");
    listing.rows().stream().limit(5).forEach(row -> text.append("\n- ").append(row.getOrDefault("user", NO_USER))
        .append(": ").append(row.get("requests")).append(" requests, ")
        .append(Formats.dollars((BigDecimal) row.get("cost_dollars"))));
    return new ToolOutput(result, text.toString());
  }

  private static Map<String, Object> row(UserAnalytics user) {
    Map<String, Object> row = new LinkedHashMap<>();
    user.user().ifPresent(name -> row.put("user", name));
    row.put("requests", user.requests());
    row.put("cost_cents", user.cost());
    row.put("cost_dollars", user.costDollars());
    return row;
  }
}
