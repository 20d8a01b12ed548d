package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Feedback on one model. A missing model reads as empty, missing numbers as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModelFeedback.class)
@JsonDeserialize(as = ImmutableModelFeedback.class)
public interface ModelFeedback {
  /**
   * The model.
   *
   * @return the model, or empty if the server sent none
   */
  @JsonProperty("ai_model")
  Optional<String> aiModel();

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
