package io.github.portkeyadmin.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organisation's traffic, hour by hour: a pure function of the hour, the workspace and "now",
 * so that every endpoint (graphs, groups, per-key usage) adds up to the same totals. A
 * working-day curve, quieter weekends, slow growth, the {@link FakeTraffic}'s spike and error
 * burst, and each {@link FakeModel}'s share of requests over time.
 */
final class Traffic {
  /** What some hours of traffic add up to. Cost in US cents. */
  record Usage(long requests, long errors, BigDecimal costCents, long tokens) {
    static final Usage NONE = new Usage(0, 0, BigDecimal.ZERO, 0);

    Usage plus(Usage other) {
      return new Usage(requests + other.requests, errors + other.errors,
          costCents.add(other.costCents), tokens + other.tokens);
    }
  }

  /**
   * Which requests a query counts: some models, a share of traffic (keys, metadata), some
   * statuses.
   */
  record Filter(Set<FakeModel> models, double share, Statuses statuses) {
    Filter withModels(Set<FakeModel> only) {
      return new Filter(only, share, statuses);
    }

    Filter times(double factor) {
      return new Filter(models, share * factor, statuses);
    }
  }

  /** The {@code status_code} filter, reduced to what the fake can tell apart. */
  enum Statuses { ALL, ERRORS, SUCCESSES }

  private final long nowHour;
  private final FakeTraffic shape;
  private final List<FakeModel> models;
  private final Map<String, Double> scaleByWorkspace = new LinkedHashMap<>();

  Traffic(Organisation organisation, Instant now) {
    this.nowHour = hourOf(now);
    this.shape = organisation.traffic();
    this.models = organisation.models();
    organisation.workspaces().forEach(w -> scaleByWorkspace.put(w.slug(), w.trafficScale()));
  }

  static long hourOf(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), 3600);
  }

  static Instant startOf(long hour) {
    return Instant.ofEpochSecond(hour * 3600);
  }

  long nowHour() {
    return nowHour;
  }

  List<FakeModel> models() {
    return models;
  }

  /** Every model, all statuses, the whole workspace. */
  Filter everything() {
    return new Filter(Set.copyOf(models), 1, Statuses.ALL);
  }

  boolean knows(String workspace) {
    return scaleByWorkspace.containsKey(workspace);
  }

  /** Sums the hours {@code from} to {@code to} inclusive, none after now. */
  Usage measure(String workspace, long from, long to, Filter filter) {
    Usage total = Usage.NONE;
    for (long hour = from; hour <= Math.min(to, nowHour); hour++) {
      total = total.plus(hour(workspace, hour, filter));
    }
    return total;
  }

  private Usage hour(String workspace, long hour, Filter filter) {
    long all = 0;
    long counted = 0;
    BigDecimal cents = BigDecimal.ZERO;
    long tokens = 0;
    for (FakeModel model : models) {
      long requests = requests(workspace, model, hour);
      all += requests;
      if (filter.models().contains(model)) {
        long share = Math.round(requests * filter.share());
        counted += share;
        cents = cents.add(model.dailySpendDollars().isPresent()
            ? dailySpendCents(workspace, model, hour, filter.share())
            : model.centsPerRequest().multiply(BigDecimal.valueOf(share)));
        tokens += share * model.tokensPerRequest();
      }
    }
    long errors = all == 0 ? 0 : Math.round(errors(hour, all) * (double) counted / all);
    long requests = switch (filter.statuses()) {
      case ALL -> counted;
      case ERRORS -> errors;
      case SUCCESSES -> counted - errors;
    };
    return new Usage(requests, errors, cents, tokens);
  }

  /** The hour's part of a fixed daily spend: the day's 24 parts add up to it exactly. */
  private BigDecimal dailySpendCents(String workspace, FakeModel model, long hour, double share) {
    if (hour > nowHour) {
      return BigDecimal.ZERO;
    }
    BigDecimal day = model.dailySpendDollars().orElseThrow().movePointRight(2)
        .multiply(BigDecimal.valueOf(scaleByWorkspace.getOrDefault(workspace, 0.0)))
        .multiply(BigDecimal.valueOf(share));
    long hourOfDay = Math.floorMod(hour, 24);
    return part(day, hourOfDay + 1).subtract(part(day, hourOfDay));
  }

  private static BigDecimal part(BigDecimal day, long hours) {
    return day.multiply(BigDecimal.valueOf(hours)).divide(BigDecimal.valueOf(24), 4,
        RoundingMode.DOWN);
  }

  private long requests(String workspace, FakeModel model, long hour) {
    double scale = scaleByWorkspace.getOrDefault(workspace, 0.0);
    if (scale == 0 || hour > nowHour) {
      return 0;
    }
    double daysAgo = (nowHour - hour) / 24.0;
    ZonedDateTime time = startOf(hour).atZone(ZoneOffset.UTC);
    double base = shape.peakRequestsPerHour() * scale * daily(time.getHour())
        * weekly(time.getDayOfWeek()) * (1 + 0.004 * (30 - daysAgo))
        * (0.9 + 0.2 * noise(hour, model.name().hashCode()));
    long requests = Math.round(base * model.shareAt(daysAgo));
    if (hour == nowHour - shape.spikeHoursAgo() && model.name().equals(shape.spikeModel())) {
      requests += Math.round(shape.spikeRequests() * scale);
    }
    return requests;
  }

  private long errors(long hour, long requests) {
    long burstStart = nowHour - shape.burstHoursAgo();
    boolean burst = hour >= burstStart && hour < burstStart + shape.burstHours();
    double rate = burst ? shape.burstErrorRate()
        : shape.errorRate() * (0.7 + 0.6 * noise(hour, 7));
    return Math.round(requests * rate);
  }

  /** Quiet nights, a peak at 14:00 UTC. */
  private static double daily(int hourOfDay) {
    if (hourOfDay < 6 || hourOfDay > 22) {
      return 0.35;
    }
    return 0.35 + 0.95 * Math.sin(Math.PI * (hourOfDay - 6) / 16.0);
  }

  private static double weekly(DayOfWeek day) {
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? 0.6 : 1.0;
  }

  /** A fixed pseudo-random number in [0, 1) for the hour (SplitMix64). */
  static double noise(long hour, long salt) {
    long z = hour * 0x9E3779B97F4A7C15L + salt;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
  }
}
