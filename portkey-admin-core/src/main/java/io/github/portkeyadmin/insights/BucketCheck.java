package io.github.portkeyadmin.insights;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One bucket of a series as {@link SpikeDetector} judged it.
 *
 * @param timestamp the start of the bucket, UTC
 * @param value the bucket's count: requests or tokens
 * @param score the modified z-score of {@code value}; 0 when the series is too short to judge
 * @param spike whether the bucket stands out: {@code score} above the detector's threshold
 * @param errors the bucket's error count, where one was given for its timestamp
 * @param errorRatePercent {@code errors / value * 100}, where errors were given and {@code value}
 *     is above 0
 * @param errorRateSpike whether the bucket's error rate stands out (see {@link SpikeDetector})
 */
public record BucketCheck(
    Instant timestamp,
    long value,
    double score,
    boolean spike,
    OptionalLong errors,
    OptionalDouble errorRatePercent,
    boolean errorRateSpike) {

  /**
   * Checks the components.
   *
   * @param timestamp see {@link #timestamp()}
   * @param value see {@link #value()}
   * @param score see {@link #score()}
   * @param spike see {@link #spike()}
   * @param errors see {@link #errors()}
   * @param errorRatePercent see {@link #errorRatePercent()}
   * @param errorRateSpike see {@link #errorRateSpike()}
   * @throws NullPointerException if a component is {@code null}
   */
  public BucketCheck {
    Objects.requireNonNull(timestamp, "timestamp == null");
    Objects.requireNonNull(errors, "errors == null");
    Objects.requireNonNull(errorRatePercent, "errorRatePercent == null");
  }
}
