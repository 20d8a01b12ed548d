package io.github.portkeyadmin.insights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** The error-rate half of {@link SpikeDetector}: rates per bucket and which of them stand out. */
final class ErrorRates {
  private final OptionalLong[] errors;
  private final OptionalDouble[] rates;
  private final boolean[] spikes;
  private final SpikeStatus status;
  private final String reason;
  private final OptionalDouble overallPercent;

  private ErrorRates(OptionalLong[] errors, OptionalDouble[] rates, boolean[] spikes,
      SpikeStatus status, String reason, OptionalDouble overallPercent) {
    this.errors = errors;
    this.rates = rates;
    this.spikes = spikes;
    this.status = status;
    this.reason = reason;
    this.overallPercent = overallPercent;
  }

  /** Rates the buckets; {@code errorsByBucket} is {@code null} when no error counts were given. */
  static ErrorRates judge(Instant[] timestamps, long[] requests,
      @Nullable Map<Instant, Long> errorsByBucket, double threshold) {
    int n = timestamps.length;
    OptionalLong[] errors = new OptionalLong[n];
    OptionalDouble[] rates = new OptionalDouble[n];
    boolean[] spikes = new boolean[n];
    List<Integer> rated = new ArrayList<>();
    long errorSum = 0;
    long requestSum = 0;
    for (int i = 0; i < n; i++) {
      Long count = errorsByBucket == null ? null : errorsByBucket.get(timestamps[i]);
      errors[i] = count == null ? OptionalLong.empty() : OptionalLong.of(count);
      rates[i] = OptionalDouble.empty();
      if (count != null && requests[i] > 0) {
        rates[i] = OptionalDouble.of(count * 100.0 / requests[i]);
        errorSum += count;
        requestSum += requests[i];
        rated.add(i);
      }
    }
    OptionalDouble overall = requestSum > 0
        ? OptionalDouble.of(errorSum * 100.0 / requestSum)
        : OptionalDouble.empty();

    if (errorsByBucket == null) {
      return new ErrorRates(errors, rates, spikes, SpikeStatus.NO_DATA, "no error counts given",
          overall);
    }
    if (rated.isEmpty()) {
      return new ErrorRates(errors, rates, spikes, SpikeStatus.NO_DATA,
          "no error counts for a bucket with requests", overall);
    }
    String overallText = "overall " + Texts.percent(overall.getAsDouble());
    if (rated.size() < SpikeDetector.MINIMUM_BUCKETS) {
      return new ErrorRates(errors, rates, spikes, SpikeStatus.TOO_SHORT,
          SpikeDetector.tooShort(rated.size(),
              rated.size() == 1 ? "bucket with an error rate" : "buckets with an error rate")
              + "; " + overallText,
          overall);
    }

    double[] values = new double[rated.size()];
    for (int j = 0; j < values.length; j++) {
      values[j] = rates[rated.get(j)].getAsDouble();
    }
    RobustScores scores = RobustScores.of(values);
    int flagged = 0;
    for (int j = 0; j < values.length; j++) {
      boolean rises = values[j] - scores.median() >= SpikeDetector.MINIMUM_ERROR_RATE_RISE;
      if (scores.score(j) > threshold && rises) {
        spikes[rated.get(j)] = true;
        flagged++;
      }
    }
    String reason = flagged == 0
        ? "no error rate stands out (median " + Texts.percent(scores.median()) + "); "
            + overallText
        : flagged + " of " + values.length + " error rates " + (flagged == 1 ? "stands" : "stand")
            + " out (median " + Texts.percent(scores.median()) + "); " + overallText;
    return new ErrorRates(errors, rates, spikes, flagged == 0 ? SpikeStatus.NONE
        : SpikeStatus.SPIKES, reason, overall);
  }

  OptionalLong errors(int index) {
    return errors[index];
  }

  OptionalDouble rate(int index) {
    return rates[index];
  }

  boolean spike(int index) {
    return spikes[index];
  }

  SpikeStatus status() {
    return status;
  }

  String reason() {
    return reason;
  }

  OptionalDouble overallPercent() {
    return overallPercent;
  }
}
