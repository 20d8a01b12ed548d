package io.github.portkeyadmin.testing;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo organisation's traffic, hour by hour: a pure function of the hour, the workspace and
 * "now", so that every endpoint of the demo server (graphs, groups, per-key usage) adds up to the
 * same totals. A working-day curve, quieter weekends, slow growth, a runaway batch job 50 hours
 * ago (a request spike) and a provider outage 100 hours ago (an error-rate spike); Claude gaining,
 * Gemini fading and o3-mini arriving 12 days ago.
 */
final class DemoTraffic {
  /** A model the demo organisation uses, with its price in US cents per request. */
  record Model(String provider, String name, BigDecimal centsPerRequest, long tokensPerRequest) {
    String filterValue() {
      return provider + "__" + name;
    }
  }

  /** What some hours of traffic add up to. Cost in US cents. */
  record Usage(long requests, long errors, BigDecimal costCents, long tokens) {
    static final Usage NONE = new Usage(0, 0, BigDecimal.ZERO, 0);

    Usage plus(Usage other) {
      return new Usage(requests + other.requests, errors + other.errors,
          costCents.add(other.costCents), tokens + other.tokens);
    }
  }

  /** Which requests a query counts: some models, a share of traffic (one key), some statuses. */
  record Filter(Set<Model> models, double share, Statuses statuses) {}

  /** The {@code status_code} filter, reduced to what the demo can tell apart. */
  enum Statuses { ALL, ERRORS, SUCCESSES }

  static final Model GPT_4O = model("openai", "gpt-4o", "1.10", 1450);
  static final Model GPT_4O_MINI = model("openai", "gpt-4o-mini", "0.07", 1100);
  static final Model CLAUDE = model("anthropic", "claude-3-5-sonnet", "1.45", 1700);
  static final Model GEMINI = model("google", "gemini-1.5-pro", "0.55", 1600);
  static final Model O3_MINI = model("openai", "o3-mini", "0.45", 2400);
  static final List<Model> MODELS = List.of(GPT_4O, GPT_4O_MINI, CLAUDE, GEMINI, O3_MINI);

  /** Requests per hour at the weekday peak in a workspace of scale 1. */
  private static final double PEAK_REQUESTS = 900;
  private static final long SPIKE_REQUESTS = 4800;
  private static final double ERROR_RATE = 0.012;
  private static final double OUTAGE_ERROR_RATE = 0.19;

  private final long nowHour;
  private final Map<String, Double> scaleByWorkspace;

  DemoTraffic(Instant now, Map<String, Double> scaleByWorkspace) {
    this.nowHour = hourOf(now);
    this.scaleByWorkspace = Map.copyOf(scaleByWorkspace);
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

  /** The hour of the runaway batch job. */
  long spikeHour() {
    return nowHour - 50;
  }

  /** The first of the two hours of the provider outage. */
  long outageHour() {
    return nowHour - 100;
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
    for (Model model : MODELS) {
      long requests = requests(workspace, model, hour);
      all += requests;
      if (filter.models().contains(model)) {
        long share = Math.round(requests * filter.share());
        counted += share;
        cents = cents.add(model.centsPerRequest().multiply(BigDecimal.valueOf(share)));
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

  private long requests(String workspace, Model model, long hour) {
    double scale = scaleByWorkspace.getOrDefault(workspace, 0.0);
    if (scale == 0 || hour > nowHour) {
      return 0;
    }
    double daysAgo = (nowHour - hour) / 24.0;
    ZonedDateTime time = startOf(hour).atZone(ZoneOffset.UTC);
    double base = PEAK_REQUESTS * scale * daily(time.getHour()) * weekly(time.getDayOfWeek())
        * (1 + 0.004 * (30 - daysAgo)) * (0.9 + 0.2 * noise(hour, model.name().hashCode()));
    long requests = Math.round(base * weight(model, daysAgo));
    if (hour == spikeHour() && model == GPT_4O) {
      requests += Math.round(SPIKE_REQUESTS * scale);
    }
    return requests;
  }

  private long errors(long hour, long requests) {
    boolean outage = hour == outageHour() || hour == outageHour() + 1;
    double rate = outage ? OUTAGE_ERROR_RATE : ERROR_RATE * (0.7 + 0.6 * noise(hour, 7));
    return Math.round(requests * rate);
  }

  private static double weight(Model model, double daysAgo) {
    double past = Math.min(daysAgo, 30) / 30;
    if (model == GPT_4O) {
      return 0.30;
    }
    if (model == GPT_4O_MINI) {
      return 0.38;
    }
    if (model == CLAUDE) {
      return 0.10 + 0.20 * (1 - past);
    }
    if (model == GEMINI) {
      return 0.02 + 0.16 * past;
    }
    return daysAgo < 12 ? 0.08 : 0;
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
  private static double noise(long hour, long salt) {
    long z = hour * 0x9E3779B97F4A7C15L + salt;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
  }

  private static Model model(String provider, String name, String cents, long tokens) {
    return new Model(provider, name, new BigDecimal(cents), tokens);
  }
}
