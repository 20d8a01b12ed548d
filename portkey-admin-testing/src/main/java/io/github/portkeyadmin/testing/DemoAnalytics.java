package io.github.portkeyadmin.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.portkeyadmin.testing.DemoTraffic.Filter;
import io.github.portkeyadmin.testing.DemoTraffic.Model;
import io.github.portkeyadmin.testing.DemoTraffic.Statuses;
import io.github.portkeyadmin.testing.DemoTraffic.Usage;
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
import okhttp3.HttpUrl;

/**
 * The analytics endpoints of the demo server, answered from {@link DemoTraffic}: hourly buckets
 * for ranges up to 8 days, daily buckets beyond.
 */
final class DemoAnalytics {
  /** What a graph counts. */
  enum Graph { COST, REQUESTS, TOKENS, ERRORS }

  /** A query the demo cannot answer; the server turns it into a 400 with code AB01. */
  static final class BadQuery extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadQuery(String message) {
      super(message);
    }
  }

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Duration HOURLY_UP_TO = Duration.ofDays(8);

  private final DemoOrg org;

  DemoAnalytics(DemoOrg org) {
    this.org = org;
  }

  /** {@code /analytics/graphs/cost}, {@code requests}, {@code tokens} or {@code errors}. */
  JsonNode graph(HttpUrl url, Graph graph) {
    Query query = query(url);
    ArrayNode points = JSON.arrayNode();
    long step = query.bucketHours();
    long first = Math.floorDiv(query.fromHour(), step) * step;
    for (long bucket = first; bucket <= query.toHour(); bucket += step) {
      long from = Math.max(bucket, query.fromHour());
      long to = Math.min(bucket + step - 1, query.toHour());
      Usage usage = org.traffic().measure(query.workspace(), from, to, query.filter());
      points.add(point(graph, usage).put("timestamp", DemoOrg.time(DemoTraffic.startOf(bucket))));
    }
    Usage total = org.traffic().measure(query.workspace(), query.fromHour(), query.toHour(),
        query.filter());
    ObjectNode body = JSON.objectNode();
    ObjectNode summary = point(graph, total);
    body.set("summary", summary);
    body.set("data_points", points);
    return body.put("is_quota_exceeded", false).put("object", "analytics-graph");
  }

  /** {@code /analytics/groups/users}: requests and cost as strings, as the server sends them. */
  List<JsonNode> users(HttpUrl url) {
    Query query = query(url);
    Usage total = org.traffic().measure(query.workspace(), query.fromHour(), query.toHour(),
        query.filter());
    List<JsonNode> rows = new ArrayList<>();
    long requestsLeft = total.requests();
    BigDecimal centsLeft = total.costCents();
    for (int i = 0; i < DemoOrg.USERS.size(); i++) {
      Map.Entry<String, Double> user = DemoOrg.USERS.get(i);
      boolean last = i == DemoOrg.USERS.size() - 1;
      long requests = last ? requestsLeft : (long) Math.floor(total.requests() * user.getValue());
      BigDecimal cents = last ? centsLeft : total.costCents()
          .multiply(BigDecimal.valueOf(user.getValue())).setScale(4, RoundingMode.DOWN);
      requestsLeft -= requests;
      centsLeft = centsLeft.subtract(cents);
      ObjectNode row = JSON.objectNode().put("requests", Long.toString(requests))
          .put("cost", cents.toPlainString()).put("object", "analytics-group");
      row.put("user", user.getKey().isEmpty() ? null : user.getKey());
      rows.add(row);
    }
    rows.sort(Comparator.comparingLong((JsonNode row) -> row.get("requests").asLong()).reversed());
    return rows;
  }

  /** {@code /analytics/groups/ai-models}: with the cost the live server adds to the spec. */
  List<JsonNode> models(HttpUrl url) {
    Query query = query(url);
    List<JsonNode> rows = new ArrayList<>();
    for (Model model : query.filter().models()) {
      Filter one = new Filter(Set.of(model), query.filter().share(), query.filter().statuses());
      Usage usage = org.traffic().measure(query.workspace(), query.fromHour(), query.toHour(), one);
      if (usage.requests() > 0) {
        rows.add(JSON.objectNode().put("ai_model", model.name())
            .put("requests", Long.toString(usage.requests()))
            .put("cost", usage.costCents().toPlainString())
            .put("object", "analytics-group"));
      }
    }
    rows.sort(Comparator.comparingLong((JsonNode row) -> row.get("requests").asLong()).reversed());
    return rows;
  }

  private static ObjectNode point(Graph graph, Usage usage) {
    ObjectNode point = JSON.objectNode();
    switch (graph) {
      case COST -> point.put("total", usage.costCents()).put("avg", average(usage.costCents(),
          usage.requests()));
      case REQUESTS -> point.put("total", usage.requests());
      case TOKENS -> point.put("total", usage.tokens()).put("avg",
          average(BigDecimal.valueOf(usage.tokens()), usage.requests()));
      case ERRORS -> point.put("total", usage.errors());
    }
    return point;
  }

  private static BigDecimal average(BigDecimal total, long requests) {
    return requests == 0 ? BigDecimal.ZERO
        : total.divide(BigDecimal.valueOf(requests), 4, RoundingMode.HALF_UP);
  }

  /** The parts of an analytics query the demo uses. */
  private record Query(String workspace, long fromHour, long toHour, long bucketHours,
      Filter filter) {}

  private Query query(HttpUrl url) {
    String workspace = required(url, "workspace_slug");
    if (!org.traffic().knows(workspace)) {
      throw new BadQuery("workspace_slug " + workspace + " is not a workspace of "
          + DemoOrg.NAME);
    }
    Instant min = instant(url, "time_of_generation_min");
    Instant max = instant(url, "time_of_generation_max");
    if (!min.isBefore(max)) {
      throw new BadQuery("time_of_generation_min must be before time_of_generation_max");
    }
    long bucketHours = Duration.between(min, max).compareTo(HOURLY_UP_TO) <= 0 ? 1 : 24;

    Set<Model> models = new LinkedHashSet<>(DemoTraffic.MODELS);
    List<String> modelFilter = csv(url, "ai_org_model");
    if (!modelFilter.isEmpty()) {
      models.removeIf(model -> !modelFilter.contains(model.filterValue()));
    }
    List<String> keys = csv(url, "virtual_keys");
    double share = keys.isEmpty() ? 1 : org.keyShare(workspace, keys);
    return new Query(workspace, DemoTraffic.hourOf(min), DemoTraffic.hourOf(max), bucketHours,
        new Filter(models, share, statuses(csv(url, "status_code"))));
  }

  private static Statuses statuses(List<String> codes) {
    if (codes.isEmpty()) {
      return Statuses.ALL;
    }
    boolean errors = codes.stream().allMatch(code -> code.compareTo("400") >= 0);
    boolean successes = codes.stream().allMatch(code -> code.compareTo("400") < 0);
    return errors ? Statuses.ERRORS : successes ? Statuses.SUCCESSES : Statuses.ALL;
  }

  private static String required(HttpUrl url, String name) {
    String value = url.queryParameter(name);
    if (value == null || value.isBlank()) {
      throw new BadQuery(name + " is required");
    }
    return value;
  }

  private static Instant instant(HttpUrl url, String name) {
    String value = required(url, name);
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadQuery(name + " must be an ISO-8601 date-time with offset, got " + value);
    }
  }

  private static List<String> csv(HttpUrl url, String name) {
    String value = url.queryParameter(name);
    return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
  }
}
