package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * How many feedbacks gave one score. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScoreCount.class)
@JsonDeserialize(as = ImmutableScoreCount.class)
public interface ScoreCount {
  /**
   * The score.
   *
   * @return the score
   */
  @JsonProperty("score")
  @Value.Default
  default long score() {
    return 0;
  }

  /**
   * How many feedbacks gave it.
   *
   * @return the count
   */
  @JsonProperty("total")
  @Value.Default
  default long total() {
    return 0;
  }
}
