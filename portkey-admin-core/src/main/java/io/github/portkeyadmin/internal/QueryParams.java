package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.ListQuery;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.workspaces.WorkspaceQuery;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Renders query objects as the API's query parameters, in the spec's order. */
public final class QueryParams {
  /** The spec's format: {@code YYYY-MM-DDTHH:MM:SS±HH:MM}, UTC as {@code +00:00}. */
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  private static final ObjectMapper JSON = new ObjectMapper();

  private QueryParams() {}

  /**
   * The parameters of a graph call: the query without paging.
   *
   * @param query the query
   * @return parameter name to value
   */
  public static Map<String, String> graph(AnalyticsQuery query) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("workspace_slug", query.workspaceSlug());
    params.put("time_of_generation_min", dateTime(query.timeRange().start()));
    params.put("time_of_generation_max", dateTime(query.timeRange().end()));
    putCount(params, "total_units_min", query.totalTokensMin());
    putCount(params, "total_units_max", query.totalTokensMax());
    putDecimal(params, "cost_min", query.costMinCents());
    putDecimal(params, "cost_max", query.costMaxCents());
    putCount(params, "prompt_token_min", query.promptTokensMin());
    putCount(params, "prompt_token_max", query.promptTokensMax());
    putCount(params, "completion_token_min", query.completionTokensMin());
    putCount(params, "completion_token_max", query.completionTokensMax());
    putCsv(params, "status_code", query.statusCodes());
    putDecimal(params, "weighted_feedback_min", query.weightedFeedbackMin());
    putDecimal(params, "weighted_feedback_max", query.weightedFeedbackMax());
    putCsv(params, "virtual_keys", query.virtualKeys());
    putCsv(params, "configs", query.configs());
    putCsv(params, "api_key_ids", query.apiKeyIds());
    if (!query.metadata().isEmpty()) {
      params.put("metadata", json(query.metadata()));
    }
    putCsv(params, "ai_org_model", query.models());
    putCsv(params, "trace_id", query.traceIds());
    putCsv(params, "span_id", query.spanIds());
    putCsv(params, "prompt_slug", query.promptSlugs());
    return params;
  }

  /**
   * The parameters of a grouped call: the query with the given page.
   *
   * @param query the query
   * @param page the page number
   * @param pageSize the page size, or {@code null} for the server's default
   * @return parameter name to value
   */
  public static Map<String, String> grouped(
      AnalyticsQuery query, int page, @Nullable Integer pageSize) {
    Map<String, String> params = graph(query);
    params.put("current_page", Integer.toString(page));
    if (pageSize != null) {
      params.put("page_size", Integer.toString(pageSize));
    }
    return params;
  }

  /**
   * The parameters of a workspace listing.
   *
   * @param query the filters
   * @param page the page number
   * @param pageSize the page size
   * @return parameter name to value
   */
  public static Map<String, String> workspaces(WorkspaceQuery query, int page, int pageSize) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("page_size", Integer.toString(pageSize));
    params.put("current_page", Integer.toString(page));
    query.name().ifPresent(name -> params.put("name", name));
    query.exactName().ifPresent(name -> params.put("exact_name", name));
    if (!query.statuses().isEmpty()) {
      params.put("status", query.statuses().stream()
          .sorted()
          .map(status -> status.name().toLowerCase(Locale.ROOT))
          .collect(Collectors.joining(",")));
    }
    return params;
  }

  /**
   * The parameters of a workspace-scoped listing.
   *
   * @param query the page and workspace
   * @param page the page number
   * @return parameter name to value
   */
  public static Map<String, String> list(ListQuery query, int page) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("current_page", Integer.toString(page));
    params.put("page_size", Integer.toString(query.pageSize()));
    query.workspaceId().ifPresent(id -> params.put("workspace_id", id));
    return params;
  }

  /**
   * The parameters of a raw analytics read: the grouped form when the query pages, else the graph
   * form.
   *
   * @param query the query
   * @return parameter name to value
   */
  public static Map<String, String> raw(AnalyticsQuery query) {
    if (query.page().isEmpty() && query.pageSize().isEmpty()) {
      return graph(query);
    }
    Integer pageSize = query.pageSize().isPresent() ? query.pageSize().getAsInt() : null;
    return grouped(query, query.page().orElse(0), pageSize);
  }

  static String dateTime(OffsetDateTime value) {
    return DATE_TIME.format(value);
  }

  private static void putCount(Map<String, String> params, String name, OptionalLong value) {
    value.ifPresent(v -> params.put(name, Long.toString(v)));
  }

  private static void putDecimal(
      Map<String, String> params, String name, Optional<BigDecimal> value) {
    value.ifPresent(v -> params.put(name, v.toPlainString()));
  }

  private static void putCsv(Map<String, String> params, String name, List<?> values) {
    if (!values.isEmpty()) {
      params.put(name, values.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
  }

  private static String json(Map<String, String> metadata) {
    try {
      return JSON.writeValueAsString(metadata);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serializes", e);
    }
  }
}
