package io.github.portkeyadmin.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A fast reader for the date-time form Portkey sends in every graph point, {@code
 * 2026-06-18T12:00:00.000Z}, and its close variants: a space for {@code T}, 1 to 9 fraction
 * digits, {@code Z}, an offset {@code +05:30}, or no zone (UTC). Parsing through {@code
 * DateTimeFormatter} costs several times more and dominated decoding of long series.
 */
final class IsoInstants {
  private static final int[] POWERS_OF_TEN = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };

  private IsoInstants() {}

  /**
   * Parses the common forms.
   *
   * @param text the date-time
   * @return the instant, or {@code null} when the text is not in a form this reader handles (the
   *     caller then falls back to the full parsers, which also report errors)
   */
  static @Nullable Instant parse(String text) {
    int length = text.length();
    if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || (text.charAt(10) != 'T' && text.charAt(10) != ' ')
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int end = 19;
    int nanos = 0;
    if (end < length && text.charAt(end) == '.') {
      int start = end + 1;
      end = start;
      while (end < length && Character.isDigit(text.charAt(end))) {
        end++;
      }
      int count = end - start;
      if (count == 0 || count > 9) {
        return null;
      }
      nanos = digits(text, start, count) * POWERS_OF_TEN[9 - count];
    }
    Integer offset = offsetSeconds(text, end);
    Long epochDay = epochDay(text);
    if (offset == null || epochDay == null) {
      return null;
    }
    return Instant.ofEpochSecond(
        epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offset, nanos);
  }

  /** {@code Z}, nothing (UTC), or {@code ±HH:MM} ending the text at {@code at}. */
  private static @Nullable Integer offsetSeconds(String text, int at) {
    int rest = text.length() - at;
    if (rest == 0 || (rest == 1 && text.charAt(at) == 'Z')) {
      return 0;
    }
    char sign = text.charAt(at);
    if (rest != 6 || (sign != '+' && sign != '-') || text.charAt(at + 3) != ':') {
      return null;
    }
    int hours = digits(text, at + 1, 2);
    int minutes = digits(text, at + 4, 2);
    if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
      return null;
    }
    int seconds = hours * 3_600 + minutes * 60;
    return sign == '-' ? -seconds : seconds;
  }

  private static @Nullable Long epochDay(String text) {
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The value of {@code count} ASCII digits at {@code start}, or -1 if any is not a digit. */
  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
