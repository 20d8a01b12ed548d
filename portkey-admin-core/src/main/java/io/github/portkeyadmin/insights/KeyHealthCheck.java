package io.github.portkeyadmin.insights;

import io.github.portkeyadmin.OpenEnum;
import io.github.portkeyadmin.analytics.Analytics;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.TimeRange;
import io.github.portkeyadmin.limits.UsageLimitType;
import io.github.portkeyadmin.limits.UsageLimits;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import io.github.portkeyadmin.virtualkeys.VirtualKeyStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One verdict with a reason for each virtual key: {@link KeyVerdict#EXHAUSTED}, {@link
 * KeyVerdict#EXPIRED}, {@link KeyVerdict#UNKNOWN_STATUS}, {@link KeyVerdict#EXPIRING}, {@link
 * KeyVerdict#NEAR_LIMIT} or {@link KeyVerdict#HEALTHY}, the first that applies.
 *
 * <pre>{@code
 * KeyHealthCheck check = KeyHealthCheck.at(Clock.systemUTC());
 * List<VirtualKey> keys = client.virtualKeys().list().autoPager().stream().toList();
 * for (KeyHealth health : check.checkAll(keys)) {
 *   System.out.println(health.key().slug() + " " + health.verdict() + ": " + health.reason());
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>Exhausted</b> and <b>expired</b> follow Portkey's status; a key whose {@code expires_at}
 *       is at or before now is expired too, whatever its status says.
 *   <li><b>Unknown status</b>: a status this SDK does not know (kept raw in the reason) or none at
 *       all. It outranks expiring, since such a key may not be usable now.
 *   <li><b>Expiring</b>: {@code expires_at} within the window after now, {@link
 *       #DEFAULT_EXPIRY_WINDOW} by default (inclusive). A key without {@code expires_at} never
 *       expires.
 *   <li><b>Near limit</b>: Portkey reports no current usage on keys, so this verdict needs the
 *       usage from the caller ({@link KeyUsage}, measured with analytics over {@link
 *       #usageWindow}, or by {@link #measureUsage}). It applies when the usage has the budget's type and reaches the budget's
 *       {@code alert_threshold}, or, without one, {@link #DEFAULT_NEAR_LIMIT_PERCENT}% of its
 *       {@code credit_limit}. Units: a cost budget is in US <b>dollars</b>, cost usage in
 *       <b>cents</b>; they are compared after dividing the cents by 100.
 * </ul>
 *
 * <p>Immutable and thread-safe; "now" is read from the clock once per key.
 */
public final class KeyHealthCheck {
  /** How far ahead an expiry makes a key {@link KeyVerdict#EXPIRING} by default: 7 days. */
  public static final Duration DEFAULT_EXPIRY_WINDOW = Duration.ofDays(7);

  /** The share of its limit at which a key without alert threshold is near it: {@value}%. */
  public static final int DEFAULT_NEAR_LIMIT_PERCENT = 80;

  private final Clock clock;
  private final Duration expiryWindow;
  private final int nearLimitPercent;

  private KeyHealthCheck(Clock clock, Duration expiryWindow, int nearLimitPercent) {
    this.clock = clock;
    this.expiryWindow = expiryWindow;
    this.nearLimitPercent = nearLimitPercent;
  }

  /**
   * A check reading now from the clock, with the default window and near-limit share.
   *
   * @param clock the source of now, e.g. {@code Clock.systemUTC()}
   * @return the check
   * @throws NullPointerException if {@code clock} is {@code null}
   */
  public static KeyHealthCheck at(Clock clock) {
    Objects.requireNonNull(clock, "clock == null");
    return new KeyHealthCheck(clock, DEFAULT_EXPIRY_WINDOW, DEFAULT_NEAR_LIMIT_PERCENT);
  }

  /**
   * A check with another expiry window.
   *
   * @param window how far ahead an expiry makes a key expiring; {@code Duration.ZERO} turns the
   *     verdict off
   * @return a new check
   * @throws NullPointerException if {@code window} is {@code null}
   * @throws IllegalArgumentException if {@code window} is negative
   */
  public KeyHealthCheck withExpiryWindow(Duration window) {
    Objects.requireNonNull(window, "window == null");
    if (window.isNegative()) {
      throw new IllegalArgumentException("expiry window must be >= 0 (default 7 days), got "
          + window);
    }
    return new KeyHealthCheck(clock, window, nearLimitPercent);
  }

  /**
   * A check with another near-limit share, used for budgets without an alert threshold.
   *
   * @param percent the share of the limit, 1 to 100
   * @return a new check
   * @throws IllegalArgumentException if {@code percent} is outside 1 to 100
   */
  public KeyHealthCheck withNearLimitPercent(int percent) {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException(
          "near-limit percent must be 1 to 100 (default 80), got " + percent);
    }
    return new KeyHealthCheck(clock, expiryWindow, percent);
  }

  /**
   * The verdict on one key, without usage (so never {@link KeyVerdict#NEAR_LIMIT}).
   *
   * @param key the key
   * @return the verdict and its reason
   * @throws NullPointerException if {@code key} is {@code null}
   */
  public KeyHealth check(VirtualKey key) {
    Objects.requireNonNull(key, "key == null");
    return judge(key, null);
  }

  /**
   * The verdict on one key, with its usage since the budget's last reset.
   *
   * @param key the key
   * @param usage the usage; ignored unless it has the type of the key's budget
   * @return the verdict and its reason
   * @throws NullPointerException if an argument is {@code null}
   */
  public KeyHealth check(VirtualKey key, KeyUsage usage) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(usage, "usage == null");
    return judge(key, usage);
  }

  /**
   * The verdicts on many keys, without usage, most urgent first.
   *
   * @param keys the keys
   * @return one verdict per key, sorted by verdict (as {@link KeyVerdict} declares them) and,
   *     within a verdict, in the keys' order
   * @throws NullPointerException if {@code keys} or a key is {@code null}
   */
  public List<KeyHealth> checkAll(Collection<VirtualKey> keys) {
    return checkAll(keys, Map.of());
  }

  /**
   * The verdicts on many keys with the usage of some, most urgent first.
   *
   * @param keys the keys
   * @param usageBySlug usage keyed by {@link VirtualKey#slug()}; keys without an entry have none
   * @return one verdict per key, sorted by verdict and, within a verdict, in the keys' order
   * @throws NullPointerException if an argument, a key, or an entry of the map is {@code null}
   */
  public List<KeyHealth> checkAll(Collection<VirtualKey> keys, Map<String, KeyUsage> usageBySlug) {
    Objects.requireNonNull(keys, "keys == null");
    Map<String, KeyUsage> usage = Map.copyOf(usageBySlug);
    List<KeyHealth> verdicts = new ArrayList<>();
    for (VirtualKey key : keys) {
      Objects.requireNonNull(key, "keys contains null");
      verdicts.add(judge(key, usage.get(key.slug())));
    }
    verdicts.sort(Comparator.comparing(KeyHealth::verdict));
    return List.copyOf(verdicts);
  }

  /**
   * Measures a key's budget usage over {@link #usageWindow(VirtualKey)} with the analytics you
   * pass: the cost graph for a cost budget (cents), the tokens graph for a token budget, both
   * filtered on the key. The only insight that makes calls, and it makes them through {@code
   * analytics} (e.g. {@code client.analytics()}), so a test can pass any implementation.
   *
   * @param key the key
   * @param workspaceSlug the workspace whose analytics hold the key's traffic
   * @param analytics makes the call
   * @return the usage; empty for a key without a limit, a window, or a budget type the SDK knows
   * @throws io.github.portkeyadmin.errors.PortkeyException if the call fails
   * @throws IllegalArgumentException if {@code workspaceSlug} is blank
   */
  public Optional<KeyUsage> measureUsage(VirtualKey key, String workspaceSlug,
      Analytics analytics) {
    Objects.requireNonNull(analytics, "analytics == null");
    Optional<UsageLimits> limits = key.usageLimits();
    Optional<TimeRange> window = usageWindow(key);
    if (limits.isEmpty() || window.isEmpty()) {
      return Optional.empty();
    }
    AnalyticsQuery query = AnalyticsQuery.builder().workspaceSlug(workspaceSlug)
        .timeRange(window.get()).addVirtualKeys(key.slug()).build();
    if (limits.get().type().is(UsageLimitType.COST)) {
      return Optional.of(KeyUsage.ofCostCents(analytics.cost(query).summary().total()));
    }
    if (limits.get().type().is(UsageLimitType.TOKENS)) {
      return Optional.of(KeyUsage.ofTokens(analytics.tokens(query).summary().total()));
    }
    return Optional.empty();
  }

  /**
   * The time range over which to measure a key's usage for {@link KeyUsage}: from the budget's
   * last reset to now. Weekly budgets reset on Sunday 00:00 UTC, monthly ones on the 1st 00:00 UTC,
   * budgets reset every N days at {@code next_usage_reset_at} minus N days, and budgets without
   * reset count since the key's creation. A manual reset is not visible in the key's fields, so
   * this is a best estimate.
   *
   * @param key the key
   * @return the range, or empty when the key has no budget limit, the fields do not tell when the
   *     counter started, or it started less than a second ago
   * @throws NullPointerException if {@code key} is {@code null}
   */
  public Optional<TimeRange> usageWindow(VirtualKey key) {
    Objects.requireNonNull(key, "key == null");
    Optional<UsageLimits> limits = key.usageLimits().filter(l -> l.creditLimit().isPresent());
    if (limits.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    return BudgetWindows.start(limits.get(), key.createdAt(), now)
        .map(start -> start.truncatedTo(ChronoUnit.SECONDS))
        .filter(start -> start.isBefore(now))
        .map(start -> TimeRange.of(start, now));
  }

  private KeyHealth judge(VirtualKey key, @Nullable KeyUsage usage) {
    Instant now = clock.instant();
    OpenEnum<VirtualKeyStatus> status = key.status();
    Optional<Instant> expiresAt = key.expiresAt();
    KeyBudget budget = KeyBudget.of(key.usageLimits(), usage);

    if (status.is(VirtualKeyStatus.EXHAUSTED)) {
      return verdict(key, KeyVerdict.EXHAUSTED, "status exhausted" + budget.exhausted(now), budget);
    }
    if (status.is(VirtualKeyStatus.EXPIRED)) {
      String when = expiresAt.map(at -> "; expires_at " + Texts.date(at)).orElse("");
      return verdict(key, KeyVerdict.EXPIRED, "status expired" + when, budget);
    }
    if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
      String reason = "expired " + Texts.date(expiresAt.get()) + " ("
          + Texts.span(Duration.between(expiresAt.get(), now)) + " ago); status still "
          + describe(status);
      return verdict(key, KeyVerdict.EXPIRED, reason, budget);
    }
    if (!status.isKnown()) {
      String reason = status.raw().isEmpty()
          ? "the server sent no status"
          : "status \"" + status.raw() + "\" is not one this SDK knows; check the key in Portkey";
      return verdict(key, KeyVerdict.UNKNOWN_STATUS, reason, budget);
    }
    String expiry = expiresAt
        .map(at -> "expires " + Texts.date(at) + " (in " + Texts.span(Duration.between(now, at))
            + ")")
        .orElse("no expiry");
    if (expiresAt.isPresent() && !expiresAt.get().isAfter(now.plus(expiryWindow))) {
      return verdict(key, KeyVerdict.EXPIRING, expiry, budget);
    }
    if (budget.isNear(nearLimitPercent)) {
      return verdict(key, KeyVerdict.NEAR_LIMIT, budget.usage(), budget);
    }
    return verdict(key, KeyVerdict.HEALTHY, describe(status) + "; " + expiry + "; "
        + budget.describe(), budget);
  }

  private static KeyHealth verdict(
      VirtualKey key, KeyVerdict verdict, String reason, KeyBudget budget) {
    return new KeyHealth(key, verdict, reason, budget.usedPercent());
  }

  private static String describe(OpenEnum<VirtualKeyStatus> status) {
    return status.raw().isEmpty() ? "without status" : status.raw();
  }
}
