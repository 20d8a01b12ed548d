package io.github.portkeyadmin.insights;

import java.util.Arrays;

/**
 * Modified z-scores (Iglewicz and Hoaglin): {@code 0.6745 * (x - median) / MAD}. When the MAD is 0
 * (more than half of the values are equal), the mean absolute deviation is used instead: {@code (x
 * - median) / (1.253314 * meanAD)}. When that is 0 too, every value is equal and every score is 0.
 */
final class RobustScores {
  /** The 0.75 quantile of the standard normal distribution; makes the MAD comparable to sigma. */
  static final double MAD_SCALE = 0.6745;

  /** The square root of pi/2; makes the mean absolute deviation comparable to sigma. */
  static final double MEAN_AD_SCALE = 1.253314;

  private final double median;
  private final double mad;
  private final double[] scores;

  private RobustScores(double median, double mad, double[] scores) {
    this.median = median;
    this.mad = mad;
    this.scores = scores;
  }

  /** Scores the values; the array must not be empty. */
  static RobustScores of(double[] values) {
    double median = median(values);
    double[] deviations = new double[values.length];
    double deviationSum = 0;
    for (int i = 0; i < values.length; i++) {
      deviations[i] = Math.abs(values[i] - median);
      deviationSum += deviations[i];
    }
    double mad = median(deviations);
    double meanDeviation = deviationSum / values.length;
    double[] scores = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      double distance = values[i] - median;
      if (mad > 0) {
        scores[i] = MAD_SCALE * distance / mad;
      } else if (meanDeviation > 0) {
        scores[i] = distance / (MEAN_AD_SCALE * meanDeviation);
      } else {
        scores[i] = 0;
      }
    }
    return new RobustScores(median, mad, scores);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  double median() {
    return median;
  }

  double mad() {
    return mad;
  }

  double score(int index) {
    return scores[index];
  }
}
