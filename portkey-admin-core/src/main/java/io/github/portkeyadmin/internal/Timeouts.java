package io.github.portkeyadmin.internal;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * The client's three timeouts, and which of them an I/O failure means.
 *
 * @param connect the TCP connect timeout
 * @param read the longest silence while reading
 * @param call the whole-call timeout, retries and waits included
 */
public record Timeouts(Duration connect, Duration read, Duration call) {
  /**
   * Describes a failure for a message: which timeout fired with its value, or the exception.
   *
   * @param failure the I/O failure
   * @return e.g. {@code read timeout (30 s) fired}
   */
  String describe(IOException failure) {
    String text = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
    if (failure instanceof SocketTimeoutException) {
      return text.contains("connect")
          ? "connect timeout (" + format(connect) + ") fired"
          : "read timeout (" + format(read) + ") fired";
    }
    return failure.getClass().getSimpleName() + ": " + failure.getMessage();
  }

  /**
   * Describes the whole-call deadline passing, whatever phase the call was in.
   *
   * @return e.g. {@code call timeout (60 s) fired}
   */
  String callTimeoutFired() {
    return "call timeout (" + format(call) + ") fired";
  }

  static String format(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }
}
