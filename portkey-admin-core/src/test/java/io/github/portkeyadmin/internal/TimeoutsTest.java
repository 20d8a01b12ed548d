package io.github.portkeyadmin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which timeout a failure means. Connect timeouts cannot be provoked on loopback, so here. */
class TimeoutsTest {
  private final Timeouts timeouts =
      new Timeouts(Duration.ofSeconds(10), Duration.ofMillis(1500), Duration.ofMinutes(1));

  @Test
  void connectTimeoutIsNamedWithItsValue() {
    assertThat(timeouts.describe(new SocketTimeoutException("Connect timed out")))
        .isEqualTo("connect timeout (10 s) fired");
  }

  @Test
  void readTimeoutIsNamedWithItsValue() {
    assertThat(timeouts.describe(new SocketTimeoutException("timeout")))
        .isEqualTo("read timeout (1500 ms) fired");
  }

  @Test
  void callTimeoutIsNamedWithItsValue() {
    assertThat(timeouts.callTimeoutFired())
        .isEqualTo("call timeout (60 s) fired");
  }

  @Test
  void otherFailuresAreDescribedByTheirType() {
    assertThat(timeouts.describe(new ConnectException("Connection refused")))
        .isEqualTo("ConnectException: Connection refused");
    assertThat(timeouts.describe(new IOException((String) null))).isEqualTo("IOException: null");
  }
}
