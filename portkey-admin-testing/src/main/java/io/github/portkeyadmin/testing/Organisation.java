package io.github.portkeyadmin.testing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The fictional organisation a {@link PortkeyTestServer} serves: a small immutable description
 * from which every answer is computed, so that graphs, groups and listings agree with each other.
 * Start from {@link #demo()} and change what a test needs; every {@code with...} returns a new
 * description.
 *
 * <pre>
 * Organisation org = Organisation.demo()
 *     .at(Instant.parse("2026-03-18T10:30:00Z"))
 *     .plusVirtualKey(FakeKey.of("nightly", "openai").exhausted()
 *         .withBudget(Budget.costDollars(100).monthly()))
 *     .withDailySpend("gpt-4o", new BigDecimal("250"));
 * </pre>
 *
 * @param name the organisation's name
 * @param now the instant all data is relative to; empty for the server's start
 * @param workspaces its workspaces, the first the default one; at least one
 * @param virtualKeys its virtual keys (also served as providers)
 * @param models the models its traffic uses
 * @param users the users of its traffic
 * @param traffic the shape of its hourly traffic
 * @param logExports its log export jobs
 * @param apiKeys its API keys
 * @param members the members of each workspace
 * @param metadata for each metadata key, the share of requests carrying each value
 */
public record Organisation(String name, Optional<Instant> now, List<FakeWorkspace> workspaces,
    List<FakeKey> virtualKeys, List<FakeModel> models, List<FakeUser> users, FakeTraffic traffic,
    List<FakeLogExport> logExports, List<FakeApiKey> apiKeys, List<FakeMember> members,
    Map<String, Map<String, Double>> metadata) {

  /** The organisation id every row carries. */
  static final String ID = "9b2f6c1e-3d4a-4e5f-8a7b-1c2d3e4f5a6b";

  /**
   * Checks and copies the description.
   *
   * @param name the organisation's name
   * @param now the instant all data is relative to; empty for the server's start
   * @param workspaces its workspaces, the first the default one; at least one
   * @param virtualKeys its virtual keys (also served as providers)
   * @param models the models its traffic uses
   * @param users the users of its traffic
   * @param traffic the shape of its hourly traffic
   * @param logExports its log export jobs
   * @param apiKeys its API keys
   * @param members the members of each workspace
   * @param metadata for each metadata key, the share of requests carrying each value
   * @throws IllegalArgumentException if there is no workspace, or two workspaces or keys share a
   *    slug, or a key names an unknown workspace
   */
  public Organisation {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(now, "now == null");
    Objects.requireNonNull(traffic, "traffic == null");
    workspaces = List.copyOf(workspaces);
    virtualKeys = List.copyOf(virtualKeys);
    models = List.copyOf(models);
    users = List.copyOf(users);
    logExports = List.copyOf(logExports);
    apiKeys = List.copyOf(apiKeys);
    members = List.copyOf(members);
    Map<String, Map<String, Double>> copied = new LinkedHashMap<>();
    metadata.forEach((key, values) -> copied.put(key, Map.copyOf(values)));
    metadata = Collections.unmodifiableMap(copied);
    if (workspaces.isEmpty()) {
      throw new IllegalArgumentException("an organisation needs at least one workspace");
    }
    Set<String> slugs = new HashSet<>();
    workspaces.forEach(w -> unique(slugs, w.slug(), "workspace"));
    Set<String> keySlugs = new HashSet<>();
    for (FakeKey key : virtualKeys) {
      unique(keySlugs, key.slug(), "virtual key");
      key.workspace().filter(w -> !slugs.contains(w)).ifPresent(w -> {
        throw new IllegalArgumentException("virtual key " + key.slug() + " names workspace " + w
            + ", which is not one of " + slugs);
      });
    }
  }

  private static void unique(Set<String> seen, String slug, String what) {
    if (!seen.add(slug)) {
      throw new IllegalArgumentException("two of the " + what + "s have the slug " + slug);
    }
  }

  /**
   * "Acme Robotics": six workspaces (one archived), twelve virtual keys (one exhausted, one
   * expiring in three days, one expired, one in a status the SDK does not know, one at 88% of its
   * budget), five models, nine users, four log exports, three API keys and a month of hourly
   * traffic with a request spike 50 hours and an error burst 100 hours before now. Dated relative
   * to the server's start unless {@link #at} fixes now.
   *
   * @return the default organisation
   */
  public static Organisation demo() {
    return new Organisation("Acme Robotics", Optional.empty(), DemoData.workspaces(),
        DemoData.keys(), DemoData.models(), DemoData.users(), FakeTraffic.demo(),
        DemoData.exports(), DemoData.apiKeys(), DemoData.members(), DemoData.metadata());
  }

  /**
   * The same organisation with "now" fixed, so that a test sees the same data on every run.
   *
   * @param instant the instant every date of the data is relative to
   * @return a new description
   */
  public Organisation at(Instant instant) {
    return new Organisation(name, Optional.of(instant), workspaces, virtualKeys, models, users,
        traffic, logExports, apiKeys, members, metadata);
  }

  /**
   * The slug of the default workspace, the first.
   *
   * @return {@code ws-prod} for the demo
   */
  public String defaultWorkspace() {
    return workspaces.get(0).slug();
  }

  /**
   * Whether a workspace of this slug exists.
   *
   * @param slug a workspace slug
   * @return true for one of the organisation's workspaces
   */
  public boolean hasWorkspace(String slug) {
    return workspaces.stream().anyMatch(w -> w.slug().equals(slug));
  }

  /**
   * The same organisation with these workspaces.
   *
   * @param replacement the workspaces, the first the default one
   * @return a new description
   */
  public Organisation withWorkspaces(List<FakeWorkspace> replacement) {
    return new Organisation(name, now, replacement, virtualKeys, models, users, traffic,
        logExports, apiKeys, members, metadata);
  }

  /**
   * The same organisation with these virtual keys instead of its own.
   *
   * @param replacement the keys, e.g. {@code FakeKey.many("key-", 10_000)}
   * @return a new description
   */
  public Organisation withVirtualKeys(List<FakeKey> replacement) {
    return new Organisation(name, now, workspaces, replacement, models, users, traffic,
        logExports, apiKeys, members, metadata);
  }

  /**
   * The same organisation with one more virtual key, listed last.
   *
   * @param key e.g. {@code FakeKey.of("batch", "openai").expiringIn(Duration.ofDays(1))}
   * @return a new description
   */
  public Organisation plusVirtualKey(FakeKey key) {
    List<FakeKey> keys = new ArrayList<>(virtualKeys);
    keys.add(key);
    return withVirtualKeys(keys);
  }

  /**
   * The same organisation with these models.
   *
   * @param replacement the models
   * @return a new description
   */
  public Organisation withModels(List<FakeModel> replacement) {
    return new Organisation(name, now, workspaces, virtualKeys, replacement, users, traffic,
        logExports, apiKeys, members, metadata);
  }

  /**
   * The same organisation with a model's spend fixed per UTC day (in a workspace of traffic scale
   * 1, such as the demo's default; others in proportion).
   *
   * @param model a model's name, e.g. {@code gpt-4o}
   * @param dollars US dollars a day
   * @return a new description
   * @throws IllegalArgumentException if no model has that name
   */
  public Organisation withDailySpend(String model, BigDecimal dollars) {
    if (models.stream().noneMatch(m -> m.name().equals(model))) {
      throw new IllegalArgumentException("no model " + model + " in " + models.stream()
          .map(FakeModel::name).toList());
    }
    return withModels(models.stream()
        .map(m -> m.name().equals(model) ? m.withDailySpend(dollars) : m).toList());
  }

  /**
   * The same organisation with these users.
   *
   * @param replacement the users and their shares of requests
   * @return a new description
   */
  public Organisation withUsers(List<FakeUser> replacement) {
    return new Organisation(name, now, workspaces, virtualKeys, models, replacement, traffic,
        logExports, apiKeys, members, metadata);
  }

  /**
   * The same organisation with another traffic shape.
   *
   * @param replacement e.g. {@code FakeTraffic.demo().withoutSpike()}
   * @return a new description
   */
  public Organisation withTraffic(FakeTraffic replacement) {
    return new Organisation(name, now, workspaces, virtualKeys, models, users, replacement,
        logExports, apiKeys, members, metadata);
  }

  /**
   * The same organisation with these log exports.
   *
   * @param replacement the export jobs
   * @return a new description
   */
  public Organisation withLogExports(List<FakeLogExport> replacement) {
    return new Organisation(name, now, workspaces, virtualKeys, models, users, traffic,
        replacement, apiKeys, members, metadata);
  }

  /**
   * The same organisation with these API keys.
   *
   * @param replacement the API keys
   * @return a new description
   */
  public Organisation withApiKeys(List<FakeApiKey> replacement) {
    return new Organisation(name, now, workspaces, virtualKeys, models, users, traffic,
        logExports, replacement, members, metadata);
  }

  /** The demo's data, kept apart so that the description stays readable. */
  private static final class DemoData {
    private DemoData() {}

    static List<FakeWorkspace> workspaces() {
      return List.of(
          FakeWorkspace.of("ws-prod", "Production").withId("6e5a9f93-ae3a-46b4-a87d-2464d373ef7e")
              .withBudgets(Budget.costDollars(5000).alertAt(4000).monthly())
              .withRequestsPerMinute(600),
          FakeWorkspace.of("ws-support", "Support Bot")
              .withId("1f0e2d3c-4b5a-4697-8877-665544332211").withTrafficScale(0.45),
          FakeWorkspace.of("ws-research", "Research").withId("2a3b4c5d-6e7f-4081-9213-a4b5c6d7e8f9")
              .withTrafficScale(0.30).withBudgets(Budget.tokens(50_000_000).monthly()),
          FakeWorkspace.of("ws-data", "Data Platform")
              .withId("3c4d5e6f-7081-4293-a4b5-c6d7e8f90a1b").withTrafficScale(0.20),
          FakeWorkspace.of("ws-staging", "Staging").withId("4d5e6f70-8192-43a4-b5c6-d7e8f90a1b2c")
              .withTrafficScale(0.06).withBudgets(Budget.costDollars(300).monthly()),
          FakeWorkspace.of("ws-legacy", "Legacy").withId("5e6f7081-92a3-44b5-86d7-e8f90a1b2c3d")
              .archived("Kept read-only for audits"));
    }

    static List<FakeKey> keys() {
      return List.of(
          key("openai-prod", "OpenAI production", "openai", 0.40)
              .withBudget(Budget.costDollars(6000).alertAt(5000).monthly()),
          key("anthropic-prod", "Anthropic production", "anthropic", 0.25)
              .withBudget(Budget.costDollars(1).sizedToUse(88).alertAtPercent(85)
                  .everyDays(30, Duration.ofDays(6))),
          key("openai-batch", "OpenAI batch jobs", "openai", 0.05).exhausted()
              .withBudget(Budget.costDollars(250).alertAt(200).monthly()),
          key("gemini-eval", "Gemini evaluation", "google", 0.03).expiringIn(Duration.ofDays(3)),
          key("anthropic-research", "Anthropic research", "anthropic", 0.10)
              .withBudget(Budget.tokens(1).sizedToUse(35).monthly()),
          key("gemini-prod", "Gemini production", "google", 0.07)
              .withBudget(Budget.costDollars(1500).alertAt(1200).monthly()),
          key("support-bot", "Support bot", "openai", 0.05),
          key("ci-pipeline", "CI pipeline", "openai", 0.02).expiringIn(Duration.ofDays(20)),
          key("openai-staging", "OpenAI staging", "openai", 0)
              .withBudget(Budget.costDollars(300).monthly()).expiringIn(Duration.ofDays(45)),
          key("mistral-sandbox", "Mistral sandbox", "mistral-ai", 0).withStatus("expired")
              .expiringIn(Duration.ofDays(-12)),
          key("azure-legacy", "Azure OpenAI (legacy)", "azure-openai", 0).withStatus("suspended")
              .withNote("Suspended by the provider on billing review"),
          key("bedrock-poc", "Bedrock proof of concept", "bedrock", 0.03)
              .expiringIn(Duration.ofDays(120)));
    }

    private static FakeKey key(String slug, String name, String provider, double share) {
      return FakeKey.of(slug, provider).named(name).withTrafficShare(share);
    }

    static List<FakeModel> models() {
      return List.of(
          FakeModel.of("openai", "gpt-4o", "1.10", 1450, 0.30),
          FakeModel.of("openai", "gpt-4o-mini", "0.07", 1100, 0.38),
          FakeModel.of("anthropic", "claude-3-5-sonnet", "1.45", 1700, 0.10).trending(0.20, 0),
          FakeModel.of("google", "gemini-1.5-pro", "0.55", 1600, 0.02).trending(0, 0.16),
          FakeModel.of("openai", "o3-mini", "0.45", 2400, 0.08).since(12));
    }

    static List<FakeUser> users() {
      return List.of(
          new FakeUser("maria.garcia@acme.example", 0.24),
          new FakeUser("support-bot", 0.19),
          new FakeUser("li.wei@acme.example", 0.14),
          new FakeUser("nightly-eval", 0.12),
          new FakeUser("sam.okafor@acme.example", 0.10),
          new FakeUser("priya.n@acme.example", 0.08),
          new FakeUser("ci-pipeline", 0.06),
          new FakeUser("jonas.berg@acme.example", 0.04),
          new FakeUser("", 0.03));
    }

    static List<FakeLogExport> exports() {
      return List.of(
          new FakeLogExport("7c1d9a52-0b6e-4f3a-9d2c-5e8f1a4b7c30", "success", "Nightly export",
              Duration.ofHours(20), OptionalLong.of(48_210)),
          new FakeLogExport("b84e2f17-6c3d-4a9b-8e5f-2d1c0b9a8f76", "in_progress",
              "Finance audit, last quarter", Duration.ofHours(2), OptionalLong.of(0)),
          new FakeLogExport("e02a5c6d-9f18-4b7e-a3c4-6d5e8f9a0b12", "queued",
              "Weekly usage export", Duration.ofMinutes(20), OptionalLong.empty()),
          new FakeLogExport("3f9d2c1b-7a6e-4d5c-8b4a-2e1f0d9c8b7a", "failed",
              "Debug export (bad filter)", Duration.ofDays(5), OptionalLong.empty()));
    }

    static List<FakeApiKey> apiKeys() {
      return List.of(
          new FakeApiKey("a1b2c3d4-0001-4e5f-8a7b-1c2d3e4f5a01", "Admin automation",
              "organisation-service", "active",
              List.of("analytics.view", "workspaces.list", "virtual_keys.list")),
          new FakeApiKey("a1b2c3d4-0002-4e5f-8a7b-1c2d3e4f5a02", "Finance dashboard",
              "organisation-service", "active", List.of("analytics.view")),
          new FakeApiKey("a1b2c3d4-0003-4e5f-8a7b-1c2d3e4f5a03", "Old CI key", "workspace-service",
              "exhausted", List.of("logs.export")));
    }

    static List<FakeMember> members() {
      return List.of(
          new FakeMember("c0ffee00-0001-4a5b-9c8d-000000000001", "Maria", "Garcia",
              "maria.garcia@acme.example", "owner", "admin"),
          new FakeMember("c0ffee00-0002-4a5b-9c8d-000000000002", "Li", "Wei",
              "li.wei@acme.example", "admin", "manager"),
          new FakeMember("c0ffee00-0003-4a5b-9c8d-000000000003", "Sam", "Okafor",
              "sam.okafor@acme.example", "member", "member"));
    }

    static Map<String, Map<String, Double>> metadata() {
      Map<String, Map<String, Double>> metadata = new LinkedHashMap<>();
      metadata.put("team", Map.of("search", 0.45, "support", 0.35, "research", 0.20));
      metadata.put("env", Map.of("production", 0.9, "staging", 0.1));
      return metadata;
    }
  }
}
