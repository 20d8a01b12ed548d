package io.github.portkeyadmin.insights;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What {@link SpikeDetector} found in one series: a verdict with a one-line reason for the
 * counts, the same for the error rates, and every bucket with its score.
 *
 * @param status {@link SpikeStatus#SPIKES}, {@link SpikeStatus#NONE} or {@link
 *     SpikeStatus#TOO_SHORT}
 * @param reason one line for people, e.g. {@code "1 of 168 buckets stands out (modified z-score
 *     above 3.5; median 120, MAD 14)"}
 * @param median the median count per bucket; 0 for an empty series
 * @param mad the median absolute deviation from {@code median}; 0 for an empty series (when it is
 *     0 the scores use the mean absolute deviation instead, see {@link SpikeDetector})
 * @param threshold the modified z-score a bucket had to exceed
 * @param buckets every bucket, oldest first
 * @param errorRateStatus the verdict on the error rates: {@link SpikeStatus#NO_DATA} when no error
 *     counts were given
 * @param overallErrorRatePercent errors over requests across the buckets that have both, in
 *     percent; empty without such buckets
 * @param errorRateReason one line for people about the error rates
 */
public record SpikeReport(
    SpikeStatus status,
    String reason,
    double median,
    double mad,
    double threshold,
    List<BucketCheck> buckets,
    SpikeStatus errorRateStatus,
    OptionalDouble overallErrorRatePercent,
    String errorRateReason) {

  /**
   * Checks and copies the components.
   *
   * @param status see {@link #status()}
   * @param reason see {@link #reason()}
   * @param median see {@link #median()}
   * @param mad see {@link #mad()}
   * @param threshold see {@link #threshold()}
   * @param buckets see {@link #buckets()}
   * @param errorRateStatus see {@link #errorRateStatus()}
   * @param overallErrorRatePercent see {@link #overallErrorRatePercent()}
   * @param errorRateReason see {@link #errorRateReason()}
   * @throws NullPointerException if a component is {@code null}
   */
  public SpikeReport {
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(reason, "reason == null");
    buckets = List.copyOf(buckets);
    Objects.requireNonNull(errorRateStatus, "errorRateStatus == null");
    Objects.requireNonNull(overallErrorRatePercent, "overallErrorRatePercent == null");
    Objects.requireNonNull(errorRateReason, "errorRateReason == null");
  }

  /**
   * The buckets whose count stands out, oldest first.
   *
   * @return the spikes, empty if none
   */
  public List<BucketCheck> spikes() {
    return buckets.stream().filter(BucketCheck::spike).toList();
  }

  /**
   * The buckets whose error rate stands out, oldest first.
   *
   * @return the buckets, empty if none
   */
  public List<BucketCheck> errorRateSpikes() {
    return buckets.stream().filter(BucketCheck::errorRateSpike).toList();
  }
}
