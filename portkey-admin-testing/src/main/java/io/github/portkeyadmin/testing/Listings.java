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
import java.util.Optional;

/**
 * The listings of an {@link Organisation} at a fixed now, as the live server writes them:
 * workspaces (with members), virtual keys, providers, log exports and API keys. Rendered once;
 * budgets sized to usage are measured on the organisation's {@link Traffic}.
 */
final class Listings {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Organisation org;
  private final Instant now;
  private final Traffic traffic;
  private final List<JsonNode> workspaces = new ArrayList<>();
  private final Map<String, ObjectNode> keysBySlug = new LinkedHashMap<>();
  private final List<JsonNode> providers = new ArrayList<>();
  private final List<JsonNode> exports = new ArrayList<>();
  private final List<JsonNode> apiKeys = new ArrayList<>();

  Listings(Organisation org, Instant now, Traffic traffic) {
    this.org = org;
    this.now = now.truncatedTo(ChronoUnit.SECONDS);
    this.traffic = traffic;
    org.workspaces().forEach(w -> workspaces.add(workspace(w, workspaces.size())));
    org.virtualKeys().forEach(this::addKey);
    org.logExports().forEach(e -> exports.add(export(e)));
    org.apiKeys().forEach(k -> apiKeys.add(apiKey(k)));
  }

  /** The share of a workspace's traffic that went through the given keys. */
  double keyShare(String workspace, List<String> slugs) {
    return org.virtualKeys().stream()
        .filter(key -> slugs.contains(key.slug()) && workspaceOf(key).slug().equals(workspace))
        .mapToDouble(FakeKey::trafficShare).sum();
  }

  List<JsonNode> workspaces() {
    return workspaces;
  }

  List<JsonNode> virtualKeys() {
    return List.copyOf(keysBySlug.values());
  }

  List<JsonNode> providers() {
    return providers;
  }

  List<JsonNode> logExports() {
    return exports;
  }

  List<JsonNode> apiKeys() {
    return apiKeys;
  }

  Optional<JsonNode> virtualKey(String slug) {
    return Optional.ofNullable(keysBySlug.get(slug));
  }

  Optional<JsonNode> logExport(String id) {
    return exports.stream().filter(e -> e.path("id").asText().equals(id)).findFirst();
  }

  /** A workspace with its members, by id or slug. */
  Optional<JsonNode> workspaceDetails(String idOrSlug) {
    for (JsonNode row : workspaces) {
      if (row.path("id").asText().equals(idOrSlug) || row.path("slug").asText().equals(idOrSlug)) {
        ObjectNode details = row.deepCopy();
        ArrayNode users = details.putArray("users");
        for (FakeMember member : org.members()) {
          ObjectNode user = users.addObject().put("object", "workspace-user")
              .put("id", member.id()).put("first_name", member.firstName())
              .put("last_name", member.lastName()).put("email", member.email())
              .put("org_role", member.orgRole()).put("role", member.role())
              .put("status", "active").put("workspace_id", row.path("id").asText())
              .put("created_at", time(now.minus(Duration.ofDays(90))))
              .put("last_updated_at", time(now.minus(Duration.ofDays(9))));
          user.putArray("scopes").add("analytics.view").add("virtual_keys.list");
        }
        return Optional.of(details);
      }
    }
    return Optional.empty();
  }

  /** The rows of the workspace a {@code workspace_id} query value names, by UUID or slug. */
  List<JsonNode> inWorkspace(List<JsonNode> rows, String workspaceId) {
    Optional<String> id = org.workspaces().stream()
        .filter(w -> w.id().equals(workspaceId) || w.slug().equals(workspaceId))
        .map(FakeWorkspace::id).findFirst();
    return rows.stream()
        .filter(row -> id.isPresent() && row.path("workspace_id").asText().equals(id.get()))
        .toList();
  }

  private FakeWorkspace workspaceOf(FakeKey key) {
    String slug = key.workspace().orElse(org.defaultWorkspace());
    return org.workspaces().stream().filter(w -> w.slug().equals(slug)).findFirst().orElseThrow();
  }

  private JsonNode workspace(FakeWorkspace space, int index) {
    ObjectNode row = JSON.objectNode()
        .put("id", space.id())
        .put("slug", space.slug())
        .put("name", space.name())
        .putNull("icon")
        .put("created_at", time(now.minus(Duration.ofDays(400 - 37L * index))))
        .put("last_updated_at", time(now.minus(Duration.ofDays(3L + index))))
        .putNull("defaults")
        .put("is_default", index == 0 ? 1 : 0)
        .put("status", space.status())
        .put("object", "workspace");
    row.put("description", space.description().orElse(null));
    if (space.budgets().isEmpty()) {
      row.putNull("usage_limits");
    } else {
      ArrayNode limits = row.putArray("usage_limits");
      space.budgets().forEach(b -> limits.add(budget(b, space.slug(), 1, false)));
    }
    row.set("rate_limits", space.requestsPerMinute().isPresent()
        ? JSON.arrayNode().add(rateLimit(space.requestsPerMinute().getAsLong()))
        : JSON.nullNode());
    return row;
  }

  private void addKey(FakeKey key) {
    int index = keysBySlug.size();
    FakeWorkspace space = workspaceOf(key);
    ObjectNode json = JSON.objectNode()
        .put("id", String.format("0b1c2d3e-4f50-4617-8a9b-%012d", index + 1))
        .put("organisation_id", Organisation.ID)
        .put("name", key.name())
        .put("status", key.status())
        .putNull("reset_usage")
        .put("created_at", time(now.minus(Duration.ofDays(200 - 11L * (index % 18)))))
        .put("slug", key.slug())
        .put("workspace_id", space.id())
        .putNull("model_config")
        .put("expires_at", key.expiresIn().map(in -> time(now.plus(in))).orElse(null))
        .put("integration_id", key.provider())
        .put("workspace_name", space.name())
        .put("provider", key.provider())
        .put("object", "virtual-key");
    json.put("note", key.note().orElse(null));
    json.set("usage_limits", key.budget()
        .<JsonNode>map(b -> budget(b, space.slug(), key.trafficShare(), true))
        .orElse(JSON.nullNode()));
    json.set("rate_limits", index % 3 == 0
        ? JSON.arrayNode().add(rateLimit(120 + 60L * (index % 100)))
        : JSON.nullNode());
    keysBySlug.put(key.slug(), json);
    ObjectNode provider = json.deepCopy();
    provider.remove("model_config");
    provider.put("object", "provider");
    providers.add(provider);
  }

  private ObjectNode budget(Budget budget, String workspace, double share, boolean announceReset) {
    Optional<Instant> nextReset = nextReset(budget);
    long limit = budget.limit().isPresent() ? budget.limit().getAsLong()
        : sizedLimit(budget, workspace, share, nextReset);
    Long alert = null;
    if (budget.alertThreshold().isPresent()) {
      alert = budget.alertThreshold().getAsLong();
    } else if (budget.alertPercent().isPresent()) {
      alert = limit * budget.alertPercent().getAsInt() / 100;
    }
    ObjectNode json = JSON.objectNode().put("credit_limit", limit).put("type", budget.type())
        .put("alert_threshold", alert).put("periodic_reset", budget.periodicReset().orElse(null));
    budget.resetDays().ifPresent(days -> json.put("periodic_reset_days", days));
    return json.put("next_usage_reset_at",
        announceReset ? nextReset.map(Listings::time).orElse(null) : null);
  }

  /** When the budget resets next: the 1st of next month, the Sunday, or after its days. */
  private Optional<Instant> nextReset(Budget budget) {
    ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
    if (budget.periodicReset().filter("monthly"::equals).isPresent()) {
      return Optional.of(utc.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1)
          .toInstant());
    }
    if (budget.periodicReset().filter("weekly"::equals).isPresent()) {
      ZonedDateTime midnight = utc.truncatedTo(ChronoUnit.DAYS);
      return Optional.of(midnight.plusDays(7 - utc.getDayOfWeek().getValue() % 7).toInstant());
    }
    return budget.nextResetIn()
        .map(in -> Traffic.startOf(Traffic.hourOf(now) + in.toHours()));
  }

  /** The limit that puts the traffic since the last reset at the budget's used percentage. */
  private long sizedLimit(Budget budget, String workspace, double share,
      Optional<Instant> nextReset) {
    long fromHour = windowStartHour(budget, nextReset);
    Traffic.Usage used = traffic.measure(workspace, fromHour, traffic.nowHour(),
        traffic.everything().times(share));
    BigDecimal fraction = BigDecimal.valueOf(budget.usedPercent().getAsDouble()).movePointLeft(2);
    if (budget.type().equals("tokens")) {
      long limit = BigDecimal.valueOf(used.tokens()).divide(fraction, 0, RoundingMode.DOWN)
          .longValueExact();
      return Math.max(1_000_000, (limit / 100_000 + 1) * 100_000);
    }
    BigDecimal dollars = used.costCents().movePointLeft(2);
    return Math.max(1, dollars.divide(fraction, 0, RoundingMode.CEILING).longValueExact());
  }

  private long windowStartHour(Budget budget, Optional<Instant> nextReset) {
    if (budget.resetDays().isPresent() && nextReset.isPresent()) {
      return Traffic.hourOf(nextReset.get()) - 24L * budget.resetDays().getAsInt();
    }
    ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
    if (budget.periodicReset().filter("weekly"::equals).isPresent()) {
      return Traffic.hourOf(nextReset.orElseThrow().minus(Duration.ofDays(7)));
    }
    return Traffic.hourOf(utc.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).toInstant());
  }

  private ObjectNode export(FakeLogExport export) {
    Instant created = now.minus(export.createdAgo());
    ObjectNode filters = JSON.objectNode()
        .put("time_of_generation_min", time(created.minus(Duration.ofDays(1))))
        .put("time_of_generation_max", time(created));
    ArrayNode fields = JSON.arrayNode().add("id").add("trace_id").add("ai_model").add("cost")
        .add("total_units").add("response_time");
    ObjectNode json = JSON.objectNode()
        .put("id", export.id())
        .put("organisation_id", Organisation.ID)
        .put("workspace_id", org.workspaces().get(0).id())
        .put("created_by", "66dc015d-0270-11f1-8eec-0e27d7367989")
        .put("description", export.description())
        .put("status", export.status())
        .put("total_records", export.totalRecords().isPresent()
            ? export.totalRecords().getAsLong() : null)
        .put("created_at", time(created))
        .put("last_updated_at", time(created.plus(Duration.ofMinutes(3))))
        .put("object", "export");
    json.set("filters", filters);
    json.set("requested_data", fields);
    return json;
  }

  private ObjectNode apiKey(FakeApiKey key) {
    ObjectNode json = JSON.objectNode()
        .put("id", key.id())
        .put("key", "pk-****" + key.id().substring(key.id().length() - 4))
        .put("name", key.name())
        .put("description", (String) null)
        .put("type", key.type())
        .put("organisation_id", Organisation.ID)
        .put("workspace_id", key.type().startsWith("workspace") ? org.workspaces().get(0).id()
            : null)
        .put("user_id", (String) null)
        .put("status", key.status())
        .put("created_at", time(now.minus(Duration.ofDays(120))))
        .put("last_updated_at", time(now.minus(Duration.ofDays(10))))
        .put("creation_mode", "ui")
        .put("object", "api-key");
    json.putNull("usage_limits");
    json.putNull("rate_limits");
    json.putNull("expires_at");
    ArrayNode scopes = json.putArray("scopes");
    key.scopes().forEach(scopes::add);
    return json;
  }

  private static ObjectNode rateLimit(long value) {
    return JSON.objectNode().put("type", "requests").put("unit", "rpm").put("value", value);
  }

  /** A date-time as the live server writes it: {@code 2026-02-23T22:35:50.000Z}. */
  static String time(Instant instant) {
    ZonedDateTime utc = instant.truncatedTo(ChronoUnit.MILLIS).atZone(ZoneOffset.UTC);
    return String.format("%tFT%<tT.%<tLZ", utc);
  }
}
