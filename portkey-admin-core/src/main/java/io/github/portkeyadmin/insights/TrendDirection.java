package io.github.portkeyadmin.insights;

/**
 * Which way a value moved between the first and the second half of a range. See {@link Trend}.
 */
public enum TrendDirection {
  /** The second half is more than {@link Trend#STEADY_BAND_PERCENT} percent above the first. */
  UP,
  /** The second half is more than {@link Trend#STEADY_BAND_PERCENT} percent below the first. */
  DOWN,
  /**
   * The halves differ by at most {@link Trend#STEADY_BAND_PERCENT} percent, or both are zero.
   */
  STEADY,
  /** The first half is zero and the second is not: the spend started during the range. */
  NEW,
  /** Fewer than two buckets, or no series at all: there are no halves to compare. */
  NOT_ENOUGH_DATA
}
