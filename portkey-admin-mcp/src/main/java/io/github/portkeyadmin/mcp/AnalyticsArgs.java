package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Schema.array;
import static io.github.portkeyadmin.mcp.Schema.count;
import static io.github.portkeyadmin.mcp.Schema.described;
import static io.github.portkeyadmin.mcp.Schema.dateTime;
import static io.github.portkeyadmin.mcp.Schema.integer;
import static io.github.portkeyadmin.mcp.Schema.number;
import static io.github.portkeyadmin.mcp.Schema.ordered;
import static io.github.portkeyadmin.mcp.Schema.string;
import static io.github.portkeyadmin.mcp.Schema.stringMap;
import static io.github.portkeyadmin.mcp.Schema.type;

import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.TimeRange;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The arguments every analytics tool shares: workspace, time range and the SDK's filters, as
 * schema properties and as an {@link AnalyticsQuery} checked by the SDK before anything is sent.
 */
final class AnalyticsArgs {
  static final String WORKSPACE = "workspace_slug";
  private static final String MIN = "time_of_generation_min";
  private static final String MAX = "time_of_generation_max";

  private AnalyticsArgs() {}

  /** Workspace and time range; {@code defaultDays} is the range when none is given. */
  static Schema range(int defaultDays) {
    return Schema.properties()
        .add(WORKSPACE, string("Default: PORTKEY_WORKSPACE_SLUG; see list_workspaces"))
        .add("last_days", integer("Default " + defaultDays, 1, 365))
        .add("last_hours", integer("Instead of last_days", 1, 8760))
        .add(MIN, dateTime("ISO-8601 with offset; with " + MAX + ", instead of last_*"))
        .add(MAX, dateTime(""));
  }

  /** The SDK's analytics filters. */
  static Schema filters() {
    Map<String, Object> strings = type("string");
    return Schema.properties()
        .add("models", array(strings, "provider__model, e.g. openai__gpt-4o"))
        .add("status_codes", array(integer("", 100, 599), ""))
        .add("metadata", stringMap("Metadata the requests carry"))
        .add("virtual_keys", array(strings, "Slugs"))
        .add("configs", array(strings, "Slugs"))
        .add("api_key_ids", array(strings, "UUIDs"))
        .add("trace_ids", array(strings, ""))
        .add("span_ids", array(strings, ""))
        .add("prompt_slugs", array(strings, ""))
        .add("cost_min_cents", described(ordered("type", "number", "minimum", 0), "Per request, US cents"))
        .add("cost_max_cents", ordered("type", "number", "minimum", 0))
        .add("total_tokens_min", count("Per request"))
        .add("total_tokens_max", count(""))
        .add("prompt_tokens_min", count(""))
        .add("prompt_tokens_max", count(""))
        .add("completion_tokens_min", count(""))
        .add("completion_tokens_max", count(""))
        .add("weighted_feedback_min", number("", -10, 10))
        .add("weighted_feedback_max", number("", -10, 10));
  }

  /**
   * The query of these arguments, checked by the SDK.
   *
   * @throws IllegalArgumentException if the workspace is missing, the range is ambiguous or
   *     inverted, or a filter is out of range
   */
  static AnalyticsQuery.Builder query(Args args, ToolContext context, int defaultDays) {
    AnalyticsQuery.Builder query = AnalyticsQuery.builder()
        .workspaceSlug(workspace(args, context))
        .timeRange(timeRange(args, context, defaultDays))
        .addAllModels(args.strings("models"))
        .addAllStatusCodes(args.integers("status_codes"))
        .putAllMetadata(args.stringMap("metadata"))
        .addAllVirtualKeys(args.strings("virtual_keys"))
        .addAllConfigs(args.strings("configs"))
        .addAllApiKeyIds(args.strings("api_key_ids"))
        .addAllTraceIds(args.strings("trace_ids"))
        .addAllSpanIds(args.strings("span_ids"))
        .addAllPromptSlugs(args.strings("prompt_slugs"));
    args.decimal("cost_min_cents").ifPresent(query::costMinCents);
    args.decimal("cost_max_cents").ifPresent(query::costMaxCents);
    args.count("total_tokens_min").ifPresent(query::totalTokensMin);
    args.count("total_tokens_max").ifPresent(query::totalTokensMax);
    args.count("prompt_tokens_min").ifPresent(query::promptTokensMin);
    args.count("prompt_tokens_max").ifPresent(query::promptTokensMax);
    args.count("completion_tokens_min").ifPresent(query::completionTokensMin);
    args.count("completion_tokens_max").ifPresent(query::completionTokensMax);
    args.decimal("weighted_feedback_min").ifPresent(query::weightedFeedbackMin);
    args.decimal("weighted_feedback_max").ifPresent(query::weightedFeedbackMax);
    return query;
  }

  static String workspace(Args args, ToolContext context) {
    return args.string(WORKSPACE).filter(slug -> !slug.isEmpty())
        .or(context::defaultWorkspace)
        .orElseThrow(() -> new IllegalArgumentException("workspace_slug is missing: pass the"
            + " workspace's slug (list_workspaces shows them) or start the server with"
            + " PORTKEY_WORKSPACE_SLUG set"));
  }

  static TimeRange timeRange(Args args, ToolContext context, int defaultDays) {
    boolean explicit = args.has(MIN) || args.has(MAX);
    int relative = (args.has("last_days") ? 1 : 0) + (args.has("last_hours") ? 1 : 0);
    if (relative > 1 || (explicit && relative > 0)) {
      throw new IllegalArgumentException("give one time range: last_days, last_hours, or "
          + MIN + " with " + MAX + ", not several");
    }
    if (explicit) {
      if (!args.has(MIN) || !args.has(MAX)) {
        throw new IllegalArgumentException(MIN + " and " + MAX + " go together: pass both");
      }
      return TimeRange.of(dateTimeArg(args, MIN), dateTimeArg(args, MAX));
    }
    if (args.has("last_hours")) {
      return TimeRange.lastHours(args.integer("last_hours", 1), context.clock());
    }
    return TimeRange.lastDays(args.integer("last_days", defaultDays), context.clock());
  }

  private static OffsetDateTime dateTimeArg(Args args, String name) {
    String text = args.string(name).orElseThrow();
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " \"" + text + "\" is not ISO-8601 with an"
          + " offset; pass e.g. 2026-02-23T14:20:31+05:30 or 2026-02-23T08:50:31Z", e);
    }
  }
}
