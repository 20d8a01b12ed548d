package io.github.portkeyadmin.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Acme Robotics", the fictional organisation of the demo server: six workspaces, twelve virtual
 * keys (one exhausted, one expiring in three days, one expired, one in a status the SDK does not
 * know, one near its budget), four log exports and nine users, all dated relative to now.
 */
final class DemoOrg {
  static final String NAME = "Acme Robotics";
  static final String DEFAULT_WORKSPACE = "ws-prod";
  static final String ORGANISATION_ID = "9b2f6c1e-3d4a-4e5f-8a7b-1c2d3e4f5a6b";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Slug, name, id, traffic scale, status. The first is the default workspace. */
  private record Space(String slug, String name, String id, double scale, String status) {}

  /** Slug, provider, status, share of ws-prod traffic. */
  private record Key(String slug, String provider, String status, double share, ObjectNode json) {}

  private static final List<Space> SPACES = List.of(
      new Space("ws-prod", "Production", "6e5a9f93-ae3a-46b4-a87d-2464d373ef7e", 1.0, "active"),
      new Space("ws-support", "Support Bot", "1f0e2d3c-4b5a-4697-8877-665544332211", 0.45,
          "active"),
      new Space("ws-research", "Research", "2a3b4c5d-6e7f-4081-9213-a4b5c6d7e8f9", 0.30, "active"),
      new Space("ws-data", "Data Platform", "3c4d5e6f-7081-4293-a4b5-c6d7e8f90a1b", 0.20,
          "active"),
      new Space("ws-staging", "Staging", "4d5e6f70-8192-43a4-b5c6-d7e8f90a1b2c", 0.06, "active"),
      new Space("ws-legacy", "Legacy", "5e6f7081-92a3-44b5-86d7-e8f90a1b2c3d", 0.0, "archived"));

  /** Users of the analytics groups and their share of traffic; the last takes the remainder. */
  static final List<Map.Entry<String, Double>> USERS = List.of(
      Map.entry("maria.garcia@acme.example", 0.24),
      Map.entry("support-bot", 0.19),
      Map.entry("li.wei@acme.example", 0.14),
      Map.entry("nightly-eval", 0.12),
      Map.entry("sam.okafor@acme.example", 0.10),
      Map.entry("priya.n@acme.example", 0.08),
      Map.entry("ci-pipeline", 0.06),
      Map.entry("jonas.berg@acme.example", 0.04),
      Map.entry("", 0.03));

  private final Instant now;
  private final DemoTraffic traffic;
  private final List<Key> keys = new ArrayList<>();

  DemoOrg(Instant now) {
    this.now = now.truncatedTo(ChronoUnit.SECONDS);
    Map<String, Double> scales = new LinkedHashMap<>();
    SPACES.forEach(space -> scales.put(space.slug(), space.scale()));
    this.traffic = new DemoTraffic(now, scales);
    addKeys();
  }

  DemoTraffic traffic() {
    return traffic;
  }

  static boolean isWorkspace(String slug) {
    return SPACES.stream().anyMatch(space -> space.slug().equals(slug));
  }

  /** The share of a workspace's traffic that went through the given keys (CSV of slugs). */
  double keyShare(String workspace, List<String> slugs) {
    if (!DEFAULT_WORKSPACE.equals(workspace)) {
      return 0;
    }
    return keys.stream().filter(key -> slugs.contains(key.slug())).mapToDouble(Key::share).sum();
  }

  List<JsonNode> workspaces() {
    List<JsonNode> rows = new ArrayList<>();
    for (Space space : SPACES) {
      ObjectNode row = JSON.objectNode()
          .put("id", space.id())
          .put("slug", space.slug())
          .put("name", space.name())
          .putNull("icon")
          .put("created_at", time(now.minus(Duration.ofDays(400 - 37L * rows.size()))))
          .put("last_updated_at", time(now.minus(Duration.ofDays(3L + rows.size()))))
          .putNull("defaults")
          .put("is_default", rows.isEmpty() ? 1 : 0)
          .put("status", space.status())
          .put("object", "workspace");
      row.put("description", space.scale() == 0 ? "Kept read-only for audits" : null);
      row.set("usage_limits", switch (space.slug()) {
        case "ws-prod" -> JSON.arrayNode().add(costBudget(5000, 4000L, "monthly"));
        case "ws-staging" -> JSON.arrayNode().add(costBudget(300, null, "monthly"));
        case "ws-research" -> JSON.arrayNode().add(tokenBudget(50_000_000, "monthly"));
        default -> JSON.nullNode();
      });
      row.set("rate_limits", space.slug().equals("ws-prod")
          ? JSON.arrayNode().add(rateLimit("requests", "rpm", 600))
          : JSON.nullNode());
      rows.add(row);
    }
    return rows;
  }

  List<JsonNode> virtualKeys() {
    return keys.stream().map(key -> (JsonNode) key.json()).toList();
  }

  List<JsonNode> logExports() {
    return List.of(
        export("7c1d9a52-0b6e-4f3a-9d2c-5e8f1a4b7c30", "success", "Nightly export",
            now.minus(Duration.ofHours(20)), 48_210),
        export("b84e2f17-6c3d-4a9b-8e5f-2d1c0b9a8f76", "in_progress", "Finance audit, last quarter",
            now.minus(Duration.ofHours(2)), 0),
        export("e02a5c6d-9f18-4b7e-a3c4-6d5e8f9a0b12", "queued", "Weekly usage export",
            now.minus(Duration.ofMinutes(20)), null),
        export("3f9d2c1b-7a6e-4d5c-8b4a-2e1f0d9c8b7a", "failed", "Debug export (bad filter)",
            now.minus(Duration.ofDays(5)), null));
  }

  private void addKeys() {
    long nowHour = traffic.nowHour();
    Instant monthStart = now.atZone(ZoneOffset.UTC).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS)
        .toInstant();
    Instant nextMonth = monthStart.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
    key("openai-prod", "OpenAI production", "openai", "active", 0.40,
        costBudget(6000, 5000L, "monthly").put("next_usage_reset_at", time(nextMonth)), null);

    // Near its limit: a 30-day budget whose limit puts this window's spend at about 88%.
    Instant nextReset = DemoTraffic.startOf(nowHour + 6 * 24);
    BigDecimal spentDollars = usage(0.25, nowHour - 24 * 24).costCents().movePointLeft(2);
    long limit = Math.max(1, spentDollars.divide(new BigDecimal("0.88"), 0, RoundingMode.CEILING)
        .longValueExact());
    ObjectNode nearBudget = costBudget(limit, limit * 85 / 100, null)
        .put("periodic_reset_days", 30).put("next_usage_reset_at", time(nextReset));
    key("anthropic-prod", "Anthropic production", "anthropic", "active", 0.25, nearBudget, null);

    key("openai-batch", "OpenAI batch jobs", "openai", "exhausted", 0.05,
        costBudget(250, 200L, "monthly").put("next_usage_reset_at", time(nextMonth)), null);
    key("gemini-eval", "Gemini evaluation", "google", "active", 0.03, null,
        now.plus(Duration.ofDays(3)));

    long tokensUsed = usage(0.10, DemoTraffic.hourOf(monthStart)).tokens();
    long tokenLimit = Math.max(1_000_000, (tokensUsed * 100 / 35 / 100_000 + 1) * 100_000);
    key("anthropic-research", "Anthropic research", "anthropic", "active", 0.10,
        tokenBudget(tokenLimit, "monthly").put("next_usage_reset_at", time(nextMonth)), null);
    key("gemini-prod", "Gemini production", "google", "active", 0.07,
        costBudget(1500, 1200L, "monthly").put("next_usage_reset_at", time(nextMonth)), null);
    key("support-bot", "Support bot", "openai", "active", 0.05, null, null);
    key("ci-pipeline", "CI pipeline", "openai", "active", 0.02, null,
        now.plus(Duration.ofDays(20)));
    key("openai-staging", "OpenAI staging", "openai", "active", 0, costBudget(300, null, "monthly"),
        now.plus(Duration.ofDays(45)));
    key("mistral-sandbox", "Mistral sandbox", "mistral-ai", "expired", 0, null,
        now.minus(Duration.ofDays(12)));
    key("azure-legacy", "Azure OpenAI (legacy)", "azure-openai", "suspended", 0, null, null);
    key("bedrock-poc", "Bedrock proof of concept", "bedrock", "active", 0.03, null,
        now.plus(Duration.ofDays(120)));
  }

  private DemoTraffic.Usage usage(double share, long fromHour) {
    return traffic.measure(DEFAULT_WORKSPACE, fromHour, traffic.nowHour(), new DemoTraffic.Filter(
        Set.copyOf(DemoTraffic.MODELS), share, DemoTraffic.Statuses.ALL));
  }

  private void key(String slug, String name, String provider, String status, double share,
      ObjectNode budget, Instant expiresAt) {
    int index = keys.size();
    ObjectNode json = JSON.objectNode()
        .put("id", String.format("0b1c2d3e-4f50-4617-8a9b-%012d", index + 1))
        .put("organisation_id", ORGANISATION_ID)
        .put("name", name)
        .put("status", status)
        .putNull("reset_usage")
        .put("created_at", time(now.minus(Duration.ofDays(200 - 11L * index))))
        .put("slug", slug)
        .put("workspace_id", SPACES.get(0).id())
        .putNull("model_config")
        .put("expires_at", expiresAt == null ? null : time(expiresAt))
        .put("integration_id", provider)
        .put("workspace_name", SPACES.get(0).name())
        .put("provider", provider)
        .put("object", "virtual-key");
    json.put("note", status.equals("suspended") ? "Suspended by the provider on billing review"
        : null);
    json.set("usage_limits", budget == null ? JSON.nullNode() : budget);
    json.set("rate_limits", index % 3 == 0
        ? JSON.arrayNode().add(rateLimit("requests", "rpm", 120 + 60L * index))
        : JSON.nullNode());
    keys.add(new Key(slug, provider, status, share, json));
  }

  private ObjectNode export(String id, String status, String description, Instant created,
      Integer records) {
    ObjectNode filters = JSON.objectNode()
        .put("time_of_generation_min", time(created.minus(Duration.ofDays(1))))
        .put("time_of_generation_max", time(created));
    ArrayNode fields = JSON.arrayNode().add("id").add("trace_id").add("ai_model").add("cost")
        .add("total_units").add("response_time");
    ObjectNode json = JSON.objectNode()
        .put("id", id)
        .put("organisation_id", ORGANISATION_ID)
        .put("workspace_id", SPACES.get(0).id())
        .put("created_by", "66dc015d-0270-11f1-8eec-0e27d7367989")
        .put("description", description)
        .put("status", status)
        .put("total_records", records)
        .put("created_at", time(created))
        .put("last_updated_at", time(created.plus(Duration.ofMinutes(3))))
        .put("object", "export");
    json.set("filters", filters);
    json.set("requested_data", fields);
    return json;
  }

  private static ObjectNode costBudget(long dollars, Long alert, String reset) {
    ObjectNode budget = JSON.objectNode().put("credit_limit", dollars).put("type", "cost")
        .put("alert_threshold", alert).put("periodic_reset", reset);
    return budget.putNull("next_usage_reset_at");
  }

  private static ObjectNode tokenBudget(long tokens, String reset) {
    return JSON.objectNode().put("credit_limit", tokens).put("type", "tokens")
        .putNull("alert_threshold").put("periodic_reset", reset).putNull("next_usage_reset_at");
  }

  private static ObjectNode rateLimit(String type, String unit, long value) {
    return JSON.objectNode().put("type", type).put("unit", unit).put("value", value);
  }

  /** A date-time as the live server writes it: {@code 2026-02-23T22:35:50.000Z}. */
  static String time(Instant instant) {
    ZonedDateTime utc = instant.truncatedTo(ChronoUnit.MILLIS).atZone(ZoneOffset.UTC);
    return String.format("%tFT%<tT.%<tLZ", utc);
  }
}
