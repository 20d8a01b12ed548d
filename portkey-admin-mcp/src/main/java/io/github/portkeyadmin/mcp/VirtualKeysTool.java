package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Schema.type;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.limits.UsageLimitType;
import io.github.portkeyadmin.limits.UsageLimits;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import java.util.Map;

/** {@code list_virtual_keys}: every key with provider, status, budget and expiry. */
final class VirtualKeysTool {
  static final String NAME = "list_virtual_keys";
  static final int PAGE_SIZE = 100;

  private VirtualKeysTool() {}

  static ToolSpec spec(ToolContext context) {
    return new ToolSpec(NAME, "List Virtual Keys",
        "Virtual keys, paging through all of them: slug, name, provider, status, budget (type,"
            + " limit, unit, reset) and expiry. To flag exhausted or expiring keys use"
            + " check_virtual_key_health.",
        Listing.arguments().object(),
        Schema.properties()
            .add("total_keys", type("integer"))
            .add("keys", Schema.arrayOf(keyFields()))
            .addAll(Listing.fields())
            .add("demo", type("boolean"))
            .openObject("keys", "has_more"),
        args -> run(context, args));
  }

  static Page<VirtualKey> firstPage(ToolContext context) {
    return context.client().virtualKeys().list(0, PAGE_SIZE);
  }

  static Schema keyFields() {
    return Schema.properties()
        .add("slug", type("string"))
        .add("name", type("string"))
        .add("provider", type("string"))
        .add("status", type("string"))
        .add("budget", Schema.properties()
            .add("type", type("string"))
            .add("limit", type("number"))
            .add("unit", type("string"))
            .add("alert_threshold", type("number"))
            .add("reset", type("string"))
            .add("next_reset_at", type("string")).openObject())
        .add("expires_at", type("string"));
  }

  static Map<String, Object> row(VirtualKey key) {
    Map<String, Object> row = Schema.ordered("slug", key.slug());
    key.name().ifPresent(name -> row.put("name", name));
    key.provider().ifPresent(provider -> row.put("provider", provider));
    row.put("status", key.status().raw().isEmpty() ? "unknown" : key.status().raw());
    key.usageLimits().filter(limits -> limits.creditLimit().isPresent())
        .ifPresent(limits -> row.put("budget", budget(limits)));
    key.expiresAt().ifPresent(at -> row.put("expires_at", at.toString()));
    return row;
  }

  private static Map<String, Object> budget(UsageLimits limits) {
    Map<String, Object> budget = Schema.ordered("type", limits.type().raw(),
        "limit", limits.creditLimit().orElseThrow(),
        "unit", limits.type().is(UsageLimitType.COST) ? "USD"
            : limits.type().is(UsageLimitType.TOKENS) ? "tokens" : "unknown");
    limits.alertThreshold().ifPresent(threshold -> budget.put("alert_threshold", threshold));
    if (limits.periodicReset().isPresent()) {
      budget.put("reset", limits.periodicReset().get().raw());
    } else if (limits.periodicResetDays().isPresent()) {
      budget.put("reset", "every " + limits.periodicResetDays().getAsInt() + " days");
    } else {
      budget.put("reset", "never");
    }
    limits.nextUsageResetAt().ifPresent(at -> budget.put("next_reset_at", at.toString()));
    return budget;
  }

  private static ToolOutput run(ToolContext context, Args args) {
    Page<VirtualKey> first = firstPage(context);
    Listing listing = Listing.of(first.autoPager().iterator(), args, VirtualKeysTool::row);
    Map<String, Object> result = Listing.result();
    result.put("total_keys", first.total());
    listing.into(result, "keys");
    String text = first.total() + " virtual keys; " + listing.describe(NAME) + ". Cost budgets"
        + " are in US dollars, token budgets in tokens.";
    return new ToolOutput(result, text);
  }
}
