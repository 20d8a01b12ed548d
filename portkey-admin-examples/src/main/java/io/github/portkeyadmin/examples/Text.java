package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.limits.UsageLimitType;
import io.github.portkeyadmin.limits.UsageLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How the examples write numbers, money, dates and sparklines for people. */
final class Text {
  private static final String BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
  private static final String ASCII_BARS = "_.:-=+*#";

  /** The widest sparkline printed; longer series are pooled, keeping each group's maximum. */
  static final int SPARKLINE_WIDTH = 60;

  private Text() {}

  /** {@code $1,234.56}: US dollars, two decimals, half-up. */
  static String dollars(BigDecimal dollars) {
    return String.format(Locale.ROOT, "$%,.2f", dollars.setScale(2, RoundingMode.HALF_UP));
  }

  /** An amount in US cents as it is, with separators: {@code 331,439.47}. */
  static String cents(BigDecimal cents) {
    DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(
        Locale.ROOT));
    return format.format(cents);
  }

  /** An amount in US cents, as analytics report it, written in dollars. */
  static String centsAsDollars(BigDecimal cents) {
    return dollars(cents.movePointLeft(2));
  }

  /**
   * A budget: {@code $5,000.00 monthly} (cost budgets are in US dollars), {@code 50,000,000 tokens
   * monthly}, or {@code null} without limit.
   */
  static String budget(UsageLimits limits) {
    if (limits.creditLimit().isEmpty()) {
      return null;
    }
    BigDecimal limit = limits.creditLimit().get();
    String amount = limits.type().is(UsageLimitType.COST) ? dollars(limit)
        : String.format(Locale.ROOT, "%,d %s", limit.longValue(),
            limits.type().is(UsageLimitType.TOKENS) ? "tokens" : limits.type().raw());
    String period = limits.periodicReset().map(reset -> " " + reset.raw())
        .or(() -> limits.periodicResetDays().isPresent()
            ? Optional.of(" every " + limits.periodicResetDays().getAsInt() + " days")
            : Optional.empty())
        .orElse("");
    return amount + period;
  }

  /** {@code 1,234}. */
  static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /** {@code 12.3%}. */
  static String percent(BigDecimal percent) {
    return percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** {@code 12.3%}. */
  static String percent(double percent) {
    return percent(BigDecimal.valueOf(percent));
  }

  /** The UTC date, {@code 2026-11-29}. */
  static String date(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  /** A bucket start: the date for daily buckets, else {@code 2026-11-29T05:00:00Z}. */
  static String bucket(Instant instant, boolean daily) {
    return daily ? date(instant) : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Whether every timestamp is a UTC midnight, i.e. the buckets are days. */
  static boolean daily(List<Instant> timestamps) {
    return timestamps.stream()
        .allMatch(t -> t.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT));
  }

  /**
   * The buckets the range covers whole: a range like "the last 30 days" starts and ends part-way
   * through its first and last bucket, so those are left out when there are more than two.
   */
  static <T> List<T> whole(List<T> buckets) {
    return buckets.size() > 2 ? buckets.subList(1, buckets.size() - 1) : buckets;
  }

  /**
   * A one-line chart of the values, lowest to highest bar from the series' minimum to its maximum.
   * Series longer than {@link #SPARKLINE_WIDTH} are pooled so that a spike stays visible.
   */
  static String sparkline(List<? extends Number> values, boolean unicode) {
    List<Double> pooled = pool(values);
    String bars = unicode ? BARS : ASCII_BARS;
    double min = pooled.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = pooled.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    StringBuilder line = new StringBuilder();
    for (double value : pooled) {
      int top = bars.length() - 1;
      int level = max == min ? 0 : (int) Math.round((value - min) / (max - min) * top);
      line.append(bars.charAt(level));
    }
    return line.toString();
  }

  private static List<Double> pool(List<? extends Number> values) {
    int groups = Math.min(values.size(), SPARKLINE_WIDTH);
    List<Double> pooled = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      int from = g * values.size() / groups;
      int to = (g + 1) * values.size() / groups;
      double max = Double.NEGATIVE_INFINITY;
      for (int i = from; i < to; i++) {
        max = Math.max(max, values.get(i).doubleValue());
      }
      pooled.add(max);
    }
    return pooled;
  }
}
