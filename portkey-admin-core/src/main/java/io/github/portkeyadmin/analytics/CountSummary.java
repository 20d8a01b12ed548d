package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A count over a whole range (unique users, errors or feedbacks). Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCountSummary.class)
@JsonDeserialize(as = ImmutableCountSummary.class)
public interface CountSummary {
  /**
   * The count over the whole range.
   *
   * @return the count
   */
  @JsonProperty("total")
  @Value.Default
  default long total() {
    return 0;
  }
}
