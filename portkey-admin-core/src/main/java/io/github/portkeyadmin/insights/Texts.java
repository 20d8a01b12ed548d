package io.github.portkeyadmin.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/** Number, money and date wording shared by the reasons of the insights. */
final class Texts {
  private Texts() {}

  /** {@code $1,234.50}: US dollars, two decimals, rounded half-up. */
  static String dollars(BigDecimal dollars) {
    return String.format(Locale.ROOT, "$%,.2f", dollars.setScale(2, RoundingMode.HALF_UP));
  }

  /** {@code 1,234}: a count with thousands separators. */
  static String count(BigDecimal count) {
    return String.format(Locale.ROOT, "%,d", count.setScale(0, RoundingMode.HALF_UP)
        .toBigInteger());
  }

  /** A number with at most one decimal, with separators: {@code 3.5}, {@code 870,250}. */
  static String decimal(double value) {
    DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(
        Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /** A percentage with at most two decimals: {@code 6}, {@code 0.02}. */
  static String percent(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString() + "%";
  }

  /** The UTC date of an instant: {@code 2026-12-02}. */
  static String date(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  /** A span of time for people: {@code 3 days}, {@code 5 hours}, {@code 12 minutes}. */
  static String span(Duration duration) {
    long minutes = Math.max(0, duration.abs().toMinutes());
    if (minutes < 60) {
      return plural(minutes, "minute");
    }
    if (minutes < 24 * 60) {
      return plural(Math.round(minutes / 60.0), "hour");
    }
    return plural(Math.round(minutes / (24 * 60.0)), "day");
  }

  private static String plural(long amount, String unit) {
    return amount + " " + unit + (amount == 1 ? "" : "s");
  }
}
