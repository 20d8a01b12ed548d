package io.github.portkeyadmin.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.portkeyadmin.testing.Traffic.Filter;
import io.github.portkeyadmin.testing.Traffic.Statuses;
import io.github.portkeyadmin.testing.Traffic.Usage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The analytics endpoints, answered from {@link Traffic} for the requested workspace, range and
 * filters: hourly buckets for ranges up to 8 days, daily beyond. Latency, cache and feedback
 * figures are fixed fractions of the requests, so they agree with the request totals too.
 */
final class AnalyticsAnswers {
  /** A query the fake cannot answer; the server turns it into a 400 with code AB01. */
  static final class BadQuery extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadQuery(String message) {
      super(message);
    }
  }

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration HOURLY_UP_TO = Duration.ofDays(8);
  private static final int[] ERROR_CODES = {500, 502, 429, 400};
  private static final double[] ERROR_SHARES = {0.40, 0.25, 0.20};
  private static final double SIMPLE_HITS = 0.08;
  private static final double SEMANTIC_HITS = 0.03;
  private static final double FEEDBACK = 0.02;
  private static final int[] SCORES = {1, 2, 3, 4, 5};
  private static final double[] SCORE_SHARES = {0.05, 0.10, 0.20, 0.35};

  /** The graphs and summaries {@link #answer} knows, below {@code /analytics/}. */
  static final Set<String> GRAPHS = Set.of("graphs/cost", "graphs/requests", "graphs/tokens",
      "graphs/errors", "graphs/errors/rate", "graphs/latency", "graphs/users",
      "graphs/users/requests", "graphs/errors/stacks", "graphs/errors/status-codes",
      "graphs/requests/rescued", "graphs/cache/hit-rate", "graphs/cache/latency",
      "graphs/feedbacks", "graphs/feedbacks/scores", "graphs/feedbacks/weighted",
      "graphs/feedbacks/ai-models", "summary/cache");

  private final Organisation org;
  private final Traffic traffic;
  private final Listings listings;

  AnalyticsAnswers(Organisation org, Traffic traffic, Listings listings) {
    this.org = org;
    this.traffic = traffic;
    this.listings = listings;
  }

  /** The parts of an analytics query the fake uses. */
  record Query(String workspace, long fromHour, long toHour, long bucketHours, Filter filter) {}

  /** Reads the shared analytics query parameters. */
  Query query(Map<String, String> params) {
    String workspace = required(params, "workspace_slug");
    if (!traffic.knows(workspace)) {
      throw new BadQuery("workspace_slug " + workspace + " is not a workspace of " + org.name());
    }
    Instant min = instant(params, "time_of_generation_min");
    Instant max = instant(params, "time_of_generation_max");
    if (!min.isBefore(max)) {
      throw new BadQuery("time_of_generation_min must be before time_of_generation_max");
    }
    long bucketHours = Duration.between(min, max).compareTo(HOURLY_UP_TO) <= 0 ? 1 : 24;
    Set<FakeModel> models = new LinkedHashSet<>(traffic.models());
    List<String> modelFilter = csv(params, "ai_org_model");
    if (!modelFilter.isEmpty()) {
      models.removeIf(model -> !modelFilter.contains(model.filterValue()));
    }
    List<String> keys = csv(params, "virtual_keys");
    double share = keys.isEmpty() ? 1 : listings.keyShare(workspace, keys);
    share *= metadataShare(params.get("metadata"));
    return new Query(workspace, Traffic.hourOf(min), Traffic.hourOf(max), bucketHours,
        new Filter(models, share, statuses(csv(params, "status_code"))));
  }

  Usage total(Query query) {
    return traffic.measure(query.workspace(), query.fromHour(), query.toHour(), query.filter());
  }

  /** A graph: one point per bucket from {@code point}, the summary from the whole range. */
  JsonNode graph(Query query, BiFunction<Long, Long, ObjectNode> point,
      BiFunction<Long, Long, ObjectNode> summary) {
    ArrayNode points = JSON.arrayNode();
    long step = query.bucketHours();
    long first = Math.floorDiv(query.fromHour(), step) * step;
    for (long bucket = first; bucket <= query.toHour(); bucket += step) {
      long from = Math.max(bucket, query.fromHour());
      long to = Math.min(bucket + step - 1, query.toHour());
      points.add(point.apply(from, to)
          .put("timestamp", Listings.time(Traffic.startOf(bucket))));
    }
    ObjectNode body = JSON.objectNode();
    body.set("summary", summary.apply(query.fromHour(), query.toHour()));
    body.set("data_points", points);
    return body.put("is_quota_exceeded", false).put("object", "analytics-graph");
  }

  /** A graph whose points and summary are the same function of a range's usage. */
  JsonNode graph(Query query, java.util.function.Function<Usage, ObjectNode> figures) {
    BiFunction<Long, Long, ObjectNode> ofRange = (from, to) -> figures.apply(
        traffic.measure(query.workspace(), from, to, query.filter()));
    return graph(query, ofRange, ofRange);
  }

  /** A graph without timestamps, e.g. {@code errors/status-codes}. */
  static JsonNode rows(ObjectNode summary, ArrayNode rows) {
    ObjectNode body = JSON.objectNode();
    body.set("summary", summary);
    body.set("data_points", rows);
    return body.put("is_quota_exceeded", false).put("object", "analytics-graph");
  }

  /** Answers one of the {@link #GRAPHS}. */
  JsonNode answer(String path, Query q) {
    return switch (path) {
      case "graphs/cost" -> graph(q, u -> JSON.objectNode().put("total", u.costCents())
          .put("avg", average(u.costCents(), u.requests())));
      case "graphs/requests" -> graph(q, u -> JSON.objectNode().put("total", u.requests()));
      case "graphs/tokens" -> graph(q, u -> JSON.objectNode().put("total", u.tokens())
          .put("avg", average(BigDecimal.valueOf(u.tokens()), u.requests())));
      case "graphs/errors" -> graph(q, u -> JSON.objectNode().put("total", u.errors()));
      case "graphs/errors/rate" -> graph(q, u -> JSON.objectNode()
          .put("rate", percent(u.errors(), u.requests())));
      case "graphs/latency" -> graph(q, u -> latency(u));
      case "graphs/users" -> graph(q, u -> JSON.objectNode().put("total", activeUsers(u)));
      case "graphs/users/requests" -> graph(q, (from, to) -> JSON.objectNode()
              .put("avg", perUser(measure(q, from, to))),
          (from, to) -> {
            Usage u = measure(q, from, to);
            return JSON.objectNode().put("total", u.requests()).put("unique", activeUsers(u))
                .put("avg", perUser(u));
          });
      case "graphs/errors/stacks" -> graph(q, (from, to) -> stacks(measure(q, from, to)),
          (from, to) -> JSON.objectNode().put("total", measure(q, from, to).errors()));
      case "graphs/errors/status-codes" -> statusCodes(total(q));
      case "graphs/requests/rescued" -> graph(q, (from, to) -> rescued(measure(q, from, to)),
          (from, to) -> {
            Usage u = measure(q, from, to);
            return JSON.objectNode().put("retry", retried(u)).put("fallback", fallbacks(u));
          });
      case "graphs/cache/hit-rate" -> cacheHitRate(q);
      case "graphs/cache/latency" -> graph(q, (from, to) -> JSON.objectNode().put("avg",
          measure(q, from, to).requests() == 0 ? 0 : 42), (from, to) -> JSON.objectNode());
      case "graphs/feedbacks" -> graph(q, u -> JSON.objectNode().put("total", feedbacks(u)));
      case "graphs/feedbacks/scores" -> scores(total(q));
      case "graphs/feedbacks/weighted" -> graph(q, u -> JSON.objectNode()
          .put("avg", feedbacks(u) == 0 ? BigDecimal.ZERO : new BigDecimal("0.62")));
      case "graphs/feedbacks/ai-models" -> feedbackByModel(q);
      case "summary/cache" -> cacheSummary(total(q));
      default -> throw new IllegalArgumentException("not a graph: " + path);
    };
  }

  private Usage measure(Query q, long from, long to) {
    return traffic.measure(q.workspace(), from, to, q.filter());
  }

  private static ObjectNode latency(Usage u) {
    if (u.requests() == 0) {
      return JSON.objectNode().put("avg", 0).put("p50", 0).put("p90", 0).put("p99", 0);
    }
    long avg = 820 + 6_000 * u.errors() / u.requests();
    return JSON.objectNode().put("avg", avg).put("p50", avg * 8 / 10).put("p90", avg * 19 / 10)
        .put("p99", avg * 32 / 10);
  }

  private long activeUsers(Usage u) {
    return org.users().stream().filter(user -> Math.round(u.requests() * user.share()) > 0)
        .count();
  }

  private long perUser(Usage u) {
    long users = activeUsers(u);
    return users == 0 ? 0 : u.requests() / users;
  }

  private static ObjectNode stacks(Usage u) {
    ObjectNode point = JSON.objectNode();
    ArrayNode stats = point.putArray("stats");
    long[] counts = split(u.errors());
    for (int i = 0; i < ERROR_CODES.length; i++) {
      stats.addObject().put("response_status_code", ERROR_CODES[i]).put("count", counts[i]);
    }
    return point;
  }

  private static JsonNode statusCodes(Usage u) {
    long[] counts = split(u.errors());
    ArrayNode rows = JSON.arrayNode();
    int unique = 0;
    for (int i = 0; i < ERROR_CODES.length; i++) {
      if (counts[i] > 0) {
        rows.addObject().put("status_code", ERROR_CODES[i]).put("count", counts[i]);
        unique++;
      }
    }
    return rows(JSON.objectNode().put("total_errors", u.errors()).put("unique_error_codes",
        unique), rows);
  }

  /** The errors by status code; the last code takes the remainder, so they add up. */
  private static long[] split(long errors) {
    long[] counts = new long[ERROR_CODES.length];
    long left = errors;
    for (int i = 0; i < ERROR_SHARES.length; i++) {
      counts[i] = (long) Math.floor(errors * ERROR_SHARES[i]);
      left -= counts[i];
    }
    counts[ERROR_CODES.length - 1] = left;
    return counts;
  }

  private static long retried(Usage u) {
    return u.errors() * 3 / 10;
  }

  private static long fallbacks(Usage u) {
    return u.errors() / 10;
  }

  private static ObjectNode rescued(Usage u) {
    ObjectNode point = JSON.objectNode().put("fallback", fallbacks(u));
    long retried = retried(u);
    ArrayNode retry = point.putArray("retry");
    retry.addObject().put("retry_success_count", 1).put("count", retried * 2 / 3);
    retry.addObject().put("retry_success_count", 2).put("count", retried - retried * 2 / 3);
    return point;
  }

  private static long simpleHits(Usage u) {
    return Math.round(u.requests() * SIMPLE_HITS);
  }

  private static long semanticHits(Usage u) {
    return Math.round(u.requests() * SEMANTIC_HITS);
  }

  private JsonNode cacheHitRate(Query q) {
    BigDecimal[] savedSimple = {BigDecimal.ZERO};
    BigDecimal[] savedSemantic = {BigDecimal.ZERO};
    return graph(q, (from, to) -> {
      Usage u = measure(q, from, to);
      BigDecimal perRequest = average(u.costCents(), u.requests());
      savedSimple[0] = savedSimple[0].add(perRequest.multiply(BigDecimal.valueOf(simpleHits(u))));
      savedSemantic[0] = savedSemantic[0]
          .add(perRequest.multiply(BigDecimal.valueOf(semanticHits(u))));
      return JSON.objectNode().put("simple_hits", simpleHits(u))
          .put("semantic_hits", semanticHits(u))
          .put("rate", percent(simpleHits(u) + semanticHits(u), u.requests()))
          .put("cumulative_simple_cache_savings", savedSimple[0])
          .put("cumulative_semantic_cache_savings", savedSemantic[0]);
    }, (from, to) -> {
      Usage u = measure(q, from, to);
      long hits = simpleHits(u) + semanticHits(u);
      return JSON.objectNode().put("total", hits).put("rate", percent(hits, u.requests()));
    });
  }

  private static JsonNode cacheSummary(Usage u) {
    long hits = simpleHits(u) + semanticHits(u);
    ObjectNode body = JSON.objectNode();
    body.putObject("summary").put("hits", hits).put("avg_latency", hits == 0 ? 0 : 42)
        .put("total_requests", u.requests()).put("cache_speedup", hits == 0 ? 0 : 95);
    return body.put("object", "analytics-summary");
  }

  private static long feedbacks(Usage u) {
    return Math.round(u.requests() * FEEDBACK);
  }

  private static JsonNode scores(Usage u) {
    long total = feedbacks(u);
    ArrayNode rows = JSON.arrayNode();
    long left = total;
    for (int i = 0; i < SCORES.length; i++) {
      long count = i < SCORE_SHARES.length ? (long) Math.floor(total * SCORE_SHARES[i]) : left;
      left -= count;
      rows.addObject().put("score", SCORES[i]).put("total", count);
    }
    return rows(JSON.objectNode().put("total", total), rows);
  }

  private JsonNode feedbackByModel(Query q) {
    ArrayNode rows = JSON.arrayNode();
    for (FakeModel model : q.filter().models()) {
      Usage u = traffic.measure(q.workspace(), q.fromHour(), q.toHour(),
          q.filter().withModels(Set.of(model)));
      if (feedbacks(u) > 0) {
        rows.addObject().put("ai_model", model.name()).put("total", feedbacks(u))
            .put("avg_weighted_feedback", new BigDecimal("0.62"));
      }
    }
    return rows(JSON.objectNode(), rows);
  }

  /** {@code /analytics/groups/users}: requests and cost as strings, as the server sends them. */
  List<JsonNode> users(Query query) {
    Usage total = total(query);
    List<JsonNode> rows = new ArrayList<>();
    long requestsLeft = total.requests();
    BigDecimal centsLeft = total.costCents();
    for (int i = 0; i < org.users().size(); i++) {
      FakeUser user = org.users().get(i);
      boolean last = i == org.users().size() - 1;
      long requests = last ? requestsLeft : (long) Math.floor(total.requests() * user.share());
      BigDecimal cents = last ? centsLeft : total.costCents()
          .multiply(BigDecimal.valueOf(user.share())).setScale(4, RoundingMode.DOWN);
      requestsLeft -= requests;
      centsLeft = centsLeft.subtract(cents);
      ObjectNode row = JSON.objectNode().put("requests", Long.toString(requests))
          .put("cost", cents.toPlainString()).put("object", "analytics-group");
      row.put("user", user.user().isEmpty() ? null : user.user());
      rows.add(row);
    }
    return byRequests(rows);
  }

  /** {@code /analytics/groups/ai-models}: with the cost the live server adds to the spec. */
  List<JsonNode> models(Query query) {
    List<JsonNode> rows = new ArrayList<>();
    for (FakeModel model : query.filter().models()) {
      Usage usage = traffic.measure(query.workspace(), query.fromHour(), query.toHour(),
          query.filter().withModels(Set.of(model)));
      if (usage.requests() > 0) {
        rows.add(JSON.objectNode().put("ai_model", model.name())
            .put("requests", Long.toString(usage.requests()))
            .put("cost", usage.costCents().toPlainString())
            .put("object", "analytics-group"));
      }
    }
    return byRequests(rows);
  }

  /** {@code /analytics/groups/metadata/{key}}: one row per value of the key. */
  List<JsonNode> metadata(String key, Query query) {
    Map<String, Double> values = new TreeMap<>(org.metadata().getOrDefault(key, Map.of()));
    List<JsonNode> rows = new ArrayList<>();
    values.forEach((value, share) -> {
      Usage u = traffic.measure(query.workspace(), query.fromHour(), query.toHour(),
          query.filter().times(share));
      if (u.requests() > 0) {
        rows.add(JSON.objectNode().put("metadata_value", value).put("requests", u.requests())
            .put("cost", u.costCents()).put("avg_tokens", u.tokens() / u.requests())
            .put("avg_weighted_feedback", new BigDecimal("0.62"))
            .put("requests_with_feedback", feedbacks(u))
            .put("last_seen", Listings.time(Traffic.startOf(
                Math.min(query.toHour(), traffic.nowHour()))))
            .put("object", "analytics-group"));
      }
    });
    return byRequests(rows, true);
  }

  /** {@code /analytics/groups/provider} (not in the spec): requests and cost per provider. */
  List<JsonNode> providers(Query query) {
    Map<String, Set<FakeModel>> byProvider = new TreeMap<>();
    query.filter().models().forEach(m ->
        byProvider.computeIfAbsent(m.provider(), p -> new LinkedHashSet<>()).add(m));
    List<JsonNode> rows = new ArrayList<>();
    byProvider.forEach((provider, models) -> {
      Usage u = traffic.measure(query.workspace(), query.fromHour(), query.toHour(),
          query.filter().withModels(models));
      rows.add(JSON.objectNode().put("provider", provider)
          .put("requests", Long.toString(u.requests())).put("cost", u.costCents().toPlainString())
          .put("object", "analytics-group"));
    });
    return byRequests(rows);
  }

  /** {@code /analytics/groups/workspace} (not in the spec): the queried workspace's totals. */
  List<JsonNode> workspaces(Query query) {
    List<JsonNode> rows = new ArrayList<>();
    for (FakeWorkspace space : org.workspaces()) {
      Usage u = traffic.measure(space.slug(), query.fromHour(), query.toHour(), query.filter());
      rows.add(JSON.objectNode().put("workspace_id", space.slug())
          .put("workspace_name", space.name()).put("requests", Long.toString(u.requests()))
          .put("cost", u.costCents().toPlainString()).put("object", "analytics-group"));
    }
    return byRequests(rows);
  }

  private static List<JsonNode> byRequests(List<JsonNode> rows) {
    return byRequests(rows, false);
  }

  private static List<JsonNode> byRequests(List<JsonNode> rows, boolean numbers) {
    rows.sort(Comparator.comparingLong((JsonNode row) -> numbers ? row.get("requests").asLong()
        : Long.parseLong(row.get("requests").asText())).reversed());
    return rows;
  }

  private static BigDecimal average(BigDecimal total, long requests) {
    return requests == 0 ? BigDecimal.ZERO
        : total.divide(BigDecimal.valueOf(requests), 4, RoundingMode.HALF_UP);
  }

  private static BigDecimal percent(long part, long whole) {
    return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part * 100)
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  private double metadataShare(String metadata) {
    if (metadata == null || metadata.isBlank()) {
      return 1;
    }
    JsonNode filter;
    try {
      filter = MAPPER.readTree(metadata);
    } catch (JsonProcessingException e) {
      throw new BadQuery("metadata must be a JSON object, got " + metadata);
    }
    if (!filter.isObject()) {
      throw new BadQuery("metadata must be a JSON object, got " + metadata);
    }
    double share = 1;
    for (Map.Entry<String, JsonNode> entry : filter.properties()) {
      share *= org.metadata().getOrDefault(entry.getKey(), Map.of())
          .getOrDefault(entry.getValue().asText(), 0.0);
    }
    return share;
  }

  private static Statuses statuses(List<String> codes) {
    if (codes.isEmpty()) {
      return Statuses.ALL;
    }
    boolean errors = codes.stream().allMatch(code -> code.compareTo("400") >= 0);
    boolean successes = codes.stream().allMatch(code -> code.compareTo("400") < 0);
    return errors ? Statuses.ERRORS : successes ? Statuses.SUCCESSES : Statuses.ALL;
  }

  private static String required(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      throw new BadQuery(name + " is required");
    }
    return value;
  }

  private static Instant instant(Map<String, String> params, String name) {
    String value = required(params, name);
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadQuery(name + " must be an ISO-8601 date-time with offset, got " + value);
    }
  }

  private static List<String> csv(Map<String, String> params, String name) {
    String value = params.get(name);
    return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
  }
}
