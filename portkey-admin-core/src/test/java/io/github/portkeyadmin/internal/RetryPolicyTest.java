package io.github.portkeyadmin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {
  private static RetryPolicy policy(int maxRetries, double random) {
    return new RetryPolicy(maxRetries, Duration.ofSeconds(30), () -> random);
  }

  @ParameterizedTest(name = "after attempt {0}: {1} to {2} ms")
  @CsvSource({"1, 250, 500", "2, 500, 1000", "3, 1000, 2000", "4, 2000, 4000", "5, 4000, 8000",
      "6, 4000, 8000", "9, 4000, 8000"})
  void backoffDoublesFromHalfASecondToACapOfEightWithJitterBetweenHalfAndAll(
      int attempt, long lowest, long highest) {
    RetryPolicy noRandom = policy(10, 0.0);
    RetryPolicy nearlyOne = policy(10, 0.999_999);

    assertThat(noRandom.backoff(attempt)).isEqualTo(Duration.ofMillis(lowest));
    assertThat(nearlyOne.backoff(attempt))
        .isLessThanOrEqualTo(Duration.ofMillis(highest))
        .isGreaterThan(Duration.ofMillis(highest - 2));
  }

  @Test
  void givesUpWhenAttemptsAreUsed() {
    RetryPolicy twoRetries = policy(2, 0.5);

    assertThat(twoRetries.maxAttempts()).isEqualTo(3);
    assertThat(twoRetries.delayAfter(2, Optional.empty())).isPresent();
    assertThat(twoRetries.delayAfter(3, Optional.empty())).isEmpty();
    assertThat(policy(0, 0.5).delayAfter(1, Optional.empty())).isEmpty();
  }

  @Test
  void serverRequestedWaitIsHonouredUpToTheCapInclusive() {
    RetryPolicy policy = policy(2, 0.5);

    assertThat(policy.delayAfter(1, Optional.of(Duration.ofSeconds(30))))
        .contains(Duration.ofSeconds(30));
    assertThat(policy.delayAfter(1, Optional.of(Duration.ofSeconds(31)))).isEmpty();
    assertThat(policy.delayAfter(1, Optional.of(Duration.ZERO))).contains(Duration.ZERO);
  }

  @Test
  void retryableStatusesAreExactlyTheTransientOnes() {
    assertThat(java.util.List.of(408, 429, 500, 502, 503, 504))
        .allMatch(RetryPolicy::isRetryableStatus);
    assertThat(java.util.List.of(400, 401, 402, 403, 404, 409, 422, 501, 505))
        .noneMatch(RetryPolicy::isRetryableStatus);
  }
}
