package io.github.portkeyadmin.insights;

/** What {@link SpikeDetector} concluded about a series (or about its error rates). */
public enum SpikeStatus {
  /** At least one bucket stands out. */
  SPIKES,
  /** Enough buckets, and none stands out; a flat series always ends here. */
  NONE,
  /** Fewer than {@link SpikeDetector#MINIMUM_BUCKETS} buckets: too few to judge. */
  TOO_SHORT,
  /** For error rates only: no error counts were given, or none matched a bucket with requests. */
  NO_DATA
}
