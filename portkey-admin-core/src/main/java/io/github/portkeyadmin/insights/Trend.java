package io.github.portkeyadmin.insights;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.portkeyadmin.internal.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How spend moved between the first and the second half of a range, in US cents.
 *
 * <p>The halves are made of buckets, not of clock time: with {@code n} distinct bucket timestamps,
 * the first half is the earliest {@code n / 2} buckets and the second half the latest {@code n /
 * 2}; when {@code n} is odd, the middle bucket belongs to neither. So the two halves always hold
 * as many buckets each, even when the range starts or ends part-way through a bucket.
 *
 * @param firstHalfCents spend in the first half, in US cents; zero when there is no data
 * @param secondHalfCents spend in the second half, in US cents; zero when there is no data
 * @param changePercent {@code (second - first) / first * 100}, rounded half-up to one decimal;
 *     empty when the first half is zero (the change is not a finite percentage)
 * @param direction the verdict: {@link TrendDirection#STEADY} within {@link #STEADY_BAND_PERCENT}
 */
public record Trend(
    BigDecimal firstHalfCents,
    BigDecimal secondHalfCents,
    Optional<BigDecimal> changePercent,
    TrendDirection direction) {

  /**
   * A change of at most this many percent, either way, is {@link TrendDirection#STEADY}: {@value}.
   */
  public static final int STEADY_BAND_PERCENT = 5;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the components.
   *
   * @param firstHalfCents see {@link #firstHalfCents()}
   * @param secondHalfCents see {@link #secondHalfCents()}
   * @param changePercent see {@link #changePercent()}
   * @param direction see {@link #direction()}
   * @throws NullPointerException if any component is {@code null}
   */
  public Trend {
    Objects.requireNonNull(firstHalfCents, "firstHalfCents == null");
    Objects.requireNonNull(secondHalfCents, "secondHalfCents == null");
    Objects.requireNonNull(changePercent, "changePercent == null");
    Objects.requireNonNull(direction, "direction == null");
  }

  /**
   * The trend between two halves.
   *
   * @param firstHalfCents spend in the first half, US cents
   * @param secondHalfCents spend in the second half, US cents
   * @return the trend: {@link TrendDirection#NEW} from zero, {@link TrendDirection#STEADY} when
   *     both are zero or the change is within {@link #STEADY_BAND_PERCENT} percent
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Trend between(BigDecimal firstHalfCents, BigDecimal secondHalfCents) {
    Objects.requireNonNull(firstHalfCents, "firstHalfCents == null");
    Objects.requireNonNull(secondHalfCents, "secondHalfCents == null");
    if (firstHalfCents.signum() == 0) {
      TrendDirection direction =
          secondHalfCents.signum() == 0 ? TrendDirection.STEADY : TrendDirection.NEW;
      return new Trend(firstHalfCents, secondHalfCents, Optional.empty(), direction);
    }
    BigDecimal difference = secondHalfCents.subtract(firstHalfCents);
    // Compare |difference| * 100 with band * first exactly, before any rounding.
    BigDecimal band = firstHalfCents.abs().multiply(BigDecimal.valueOf(STEADY_BAND_PERCENT));
    BigDecimal scaled = difference.multiply(HUNDRED);
    TrendDirection direction;
    if (scaled.abs().compareTo(band) <= 0) {
      direction = TrendDirection.STEADY;
    } else {
      direction = difference.signum() > 0 ? TrendDirection.UP : TrendDirection.DOWN;
    }
    BigDecimal percent = scaled.divide(firstHalfCents, 1, RoundingMode.HALF_UP);
    return new Trend(firstHalfCents, secondHalfCents, Optional.of(percent), direction);
  }

  /**
   * The trend of a model with no series, or of a range with fewer than two buckets.
   *
   * @return zero halves, no change, {@link TrendDirection#NOT_ENOUGH_DATA}
   */
  public static Trend notEnoughData() {
    return new Trend(
        BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty(), TrendDirection.NOT_ENOUGH_DATA);
  }

  /**
   * {@link #firstHalfCents()} in US dollars, exact.
   *
   * @return the first half in dollars
   */
  @JsonProperty("firstHalfDollars")
  public BigDecimal firstHalfDollars() {
    return Money.centsToDollars(firstHalfCents);
  }

  /**
   * {@link #secondHalfCents()} in US dollars, exact.
   *
   * @return the second half in dollars
   */
  @JsonProperty("secondHalfDollars")
  public BigDecimal secondHalfDollars() {
    return Money.centsToDollars(secondHalfCents);
  }
}
