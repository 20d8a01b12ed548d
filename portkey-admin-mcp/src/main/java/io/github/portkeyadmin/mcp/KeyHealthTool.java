package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Schema.bool;
import static io.github.portkeyadmin.mcp.Schema.integer;
import static io.github.portkeyadmin.mcp.Schema.string;
import static io.github.portkeyadmin.mcp.Schema.type;

import io.github.portkeyadmin.insights.KeyHealth;
import io.github.portkeyadmin.insights.KeyHealthCheck;
import io.github.portkeyadmin.insights.KeyUsage;
import io.github.portkeyadmin.insights.KeyVerdict;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code check_virtual_key_health}: prompt 3 in one call. One verdict and reason per virtual key by
 * {@link KeyHealthCheck}, most urgent first; for keys with a budget, the usage since the budget's
 * last reset is measured with analytics filtered on the key, so a key near its limit is flagged.
 */
final class KeyHealthTool {
  static final String NAME = "check_virtual_key_health";
  private static final int DEFAULT_USAGE_CHECKS = 20;

  private KeyHealthTool() {}

  static ToolSpec spec(ToolContext context) {
    return new ToolSpec(NAME, "Check Virtual Key Health",
        "Answers \"flag keys that are exhausted or close to expiry\": one verdict per key"
            + " (EXHAUSTED, EXPIRED, UNKNOWN_STATUS, EXPIRING within expiry_days, NEAR_LIMIT of"
            + " its budget, HEALTHY) with a reason, most urgent first.",
        Schema.properties()
            .add("expiry_days", integer("EXPIRING when expiry is within this many days"
                + " (default 7)", 0, 365, 7))
            .add("near_limit_percent", integer("NEAR_LIMIT from this share of the budget,"
                + " without an alert threshold (default 80)", 1, 100, 80))
            .add("measure_usage", bool("Measure budget usage with analytics (needs a"
                + " workspace)", true))
            .add(AnalyticsArgs.WORKSPACE, string("Workspace for usage; default"
                + " PORTKEY_WORKSPACE_SLUG"))
            .add("max_usage_checks", integer("Most keys whose usage is measured (default "
                + DEFAULT_USAGE_CHECKS + ")", 0, 200, DEFAULT_USAGE_CHECKS))
            .addAll(Listing.arguments())
            .object(),
        Schema.properties()
            .add("total_keys", type("integer"))
            .add("needs_attention", type("integer"))
            .add("verdicts", type("object"))
            .add("usage_measured", type("integer"))
            .add("keys", Schema.arrayOf(Schema.properties()
                .add("slug", type("string"))
                .add("name", type("string"))
                .add("verdict", type("string"))
                .add("reason", type("string"))
                .add("used_percent", type("number"))
                .add("expires_at", type("string"))))
            .addAll(Listing.fields())
            .add("demo", type("boolean"))
            .openObject("keys", "verdicts", "needs_attention"),
        args -> run(context, args));
  }

  private static ToolOutput run(ToolContext context, Args args) {
    KeyHealthCheck check = KeyHealthCheck.at(context.clock())
        .withExpiryWindow(Duration.ofDays(args.integer("expiry_days", 7)))
        .withNearLimitPercent(args.integer("near_limit_percent", 80));
    Optional<String> workspace = args.bool("measure_usage", true)
        ? args.string(AnalyticsArgs.WORKSPACE).filter(slug -> !slug.isEmpty())
            .or(context::defaultWorkspace)
        : Optional.empty();
    List<VirtualKey> keys = new ArrayList<>();
    VirtualKeysTool.firstPage(context).autoPager().forEach(keys::add);
    Map<String, KeyUsage> usage = new HashMap<>();
    int budget = args.integer("max_usage_checks", DEFAULT_USAGE_CHECKS);
    for (VirtualKey key : keys) {
      // Usage can only change the verdict of a key that is otherwise healthy.
      if (workspace.isPresent() && usage.size() < budget
          && check.check(key).verdict() == KeyVerdict.HEALTHY) {
        check.measureUsage(key, workspace.get(), context.client().analytics()).ifPresent(u -> usage.put(key.slug(), u));
      }
    }
    List<KeyHealth> verdicts = check.checkAll(keys, usage);
    Map<KeyVerdict, Integer> counts = new EnumMap<>(KeyVerdict.class);
    verdicts.forEach(health -> counts.merge(health.verdict(), 1, Integer::sum));
    long attention = verdicts.stream().filter(KeyHealth::needsAttention).count();
    Listing listing = Listing.of(verdicts.iterator(), args, KeyHealthTool::row);
    Map<String, Object> result = Listing.result();
    result.put("total_keys", keys.size());
    result.put("needs_attention", attention);
    Map<String, Object> byVerdict = new LinkedHashMap<>();
    counts.forEach((verdict, count) -> byVerdict.put(verdict.name(), count));
    result.put("verdicts", byVerdict);
    result.put("usage_measured", usage.size());
    listing.into(result, "keys");
    StringBuilder text = new StringBuilder(keys.size() + " virtual keys, " + attention
        + " need attention " + byVerdict + "; usage measured for " + usage.size() + " keys"
        + (workspace.isEmpty() ? " (no workspace given: NEAR_LIMIT not judged)" : "") + "; "
        + listing.describe(NAME) + ".");
    verdicts.stream().filter(KeyHealth::needsAttention).limit(15)
        .forEach(health -> text.append("\n- ").append(health.verdict()).append(' ')
            .append(health.key().slug()).append(": ").append(health.reason()));
    return new ToolOutput(result, text.toString());
  }

  private static Map<String, Object> row(KeyHealth health) {
    Map<String, Object> row = Schema.ordered("slug", health.key().slug());
    health.key().name().ifPresent(name -> row.put("name", name));
    row.put("verdict", health.verdict().name());
    row.put("reason", health.reason());
    health.usedPercent().ifPresent(percent -> row.put("used_percent", percent));
    health.key().expiresAt().ifPresent(at -> row.put("expires_at", at.toString()));
    return row;
  }
}
