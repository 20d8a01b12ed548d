package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.HttpLogLevel;
import io.github.portkeyadmin.Sleeper;
import io.github.portkeyadmin.events.CallListener;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;

/**
 * Everything a client is built from, validated by the public builder.
 *
 * @param apiKey the key
 * @param baseUrl the base URL, ending in {@code /}
 * @param timeouts connect, read and call timeouts
 * @param maxRetries retries after the first attempt
 * @param maxRetryWait the longest server-requested wait honoured
 * @param requestsPerSecond the client-side cap, or 0 for none
 * @param logLevel what to log of each exchange
 * @param logSink where log lines go
 * @param clock the source of now
 * @param sleeper waits between attempts and for the throttle
 * @param maxResponseBytes the largest body read, after decompression
 * @param network proxy, TLS trust and extra headers
 * @param listeners told of every call, in order
 */
public record ClientSettings(
    String apiKey,
    HttpUrl baseUrl,
    Timeouts timeouts,
    int maxRetries,
    Duration maxRetryWait,
    double requestsPerSecond,
    HttpLogLevel logLevel,
    Consumer<String> logSink,
    Clock clock,
    Sleeper sleeper,
    long maxResponseBytes,
    Network network,
    List<CallListener> listeners) {
  @Override
  public String toString() {
    return "ClientSettings{baseUrl=" + baseUrl + ", network=" + network + ", apiKey=[redacted]}";
  }
}
