package io.github.portkeyadmin.benchmarks;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.TimeRange;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 1, per-call overhead: {@code client.analytics().cost(q)} against a bare OkHttp call plus
 * Jackson databind into records, same loopback server, same 720-point (30 days hourly) body.
 * Target: {@code sdk / bare <= 1.10}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class CallOverheadBenchmark {
  private static final Instant END = Fixtures.FIRST_BUCKET.plus(Duration.ofDays(30));

  private StubServer server;
  private PortkeyAdminClient client;
  private AnalyticsQuery query;
  private OkHttpClient http;
  private HttpUrl baseUrl;

  /**
   * Starts the server and both clients.
   *
   * @throws IOException if the server cannot start
   */
  @Setup
  public void start() throws IOException {
    server = StubServer.start(Map.of(StubServer.Paths.COST, Fixtures.costGraph(720)));
    client = PortkeyAdminClient.builder().apiKey("pk-bench").baseUrl(server.baseUrl()).build();
    query = AnalyticsQuery.builder()
        .workspaceSlug("ws-bench")
        .timeRange(TimeRange.of(Fixtures.FIRST_BUCKET, END))
        .build();
    http = new OkHttpClient();
    baseUrl = HttpUrl.get(server.baseUrl());
  }

  /**
   * Closes the clients and the server.
   *
   * @throws IOException if the server fails to close
   */
  @TearDown
  public void stop() throws IOException {
    client.close();
    Bare.close(http);
    server.close();
  }

  /**
   * The SDK call.
   *
   * @return the decoded graph
   */
  @Benchmark
  public CostAnalytics sdk() {
    return client.analytics().cost(query);
  }

  /**
   * The same call by hand.
   *
   * @return the decoded graph
   * @throws IOException never, against the stub server
   */
  @Benchmark
  public Bare.CostGraph bare() throws IOException {
    return Bare.cost(http, baseUrl, "ws-bench", Fixtures.FIRST_BUCKET, END);
  }
}
