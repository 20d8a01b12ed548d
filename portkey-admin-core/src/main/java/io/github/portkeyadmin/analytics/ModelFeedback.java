package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Feedback on one model. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModelFeedback.class)
@JsonDeserialize(as = ImmutableModelFeedback.class)
public interface ModelFeedback {
  /**
   * The model.
   *
   * @return the model, {@code ""} if absent
   */
  @JsonProperty("ai_model")
  @Value.Default
  default String aiModel() {
    return "";
  }

  /**
   * Feedbacks on the model.
   *
   * @return the count
   */
  @JsonProperty("total")
  @Value.Default
  default long total() {
    return 0;
  }

  /**
   * Average weighted feedback score.
   *
   * @return the average
   */
  @JsonProperty("avg_weighted_feedback")
  @Value.Default
  default BigDecimal avgWeightedFeedback() {
    return BigDecimal.ZERO;
  }
}
