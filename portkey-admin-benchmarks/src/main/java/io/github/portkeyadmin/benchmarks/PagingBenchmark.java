package io.github.portkeyadmin.benchmarks;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 3, paging memory: every virtual key of a listing of {@link #keys} keys, in pages of 500,
 * through {@code autoPager()}, in a JVM with {@code -Xmx64m}. One operation is one key, so the gc
 * profiler's {@code gc.alloc.rate.norm} is bytes allocated per key; when a listing is used up the
 * next operation starts it again from page 0. Flat means: the same per key for 10,000 and 100,000
 * keys, and no {@code OutOfMemoryError}. {@code bare} is a hand-written pager for reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx64m")
public class PagingBenchmark {
  /** Keys per page. */
  public static final int PAGE_SIZE = 500;

  /** Keys in the listing. */
  @Param({"10000", "100000"})
  public int keys;

  private StubServer server;
  private PortkeyAdminClient client;
  private OkHttpClient http;
  private HttpUrl baseUrl;
  private Iterator<VirtualKey> sdkKeys;
  private Iterator<Bare.VirtualKey> bareKeys;

  /**
   * Starts the server and both clients.
   *
   * @throws IOException if the server cannot start
   */
  @Setup
  public void start() throws IOException {
    server = StubServer.start(
        Map.of(StubServer.Paths.VIRTUAL_KEYS, Fixtures.virtualKeysPage(PAGE_SIZE, keys)));
    client = PortkeyAdminClient.builder().apiKey("pk-bench").baseUrl(server.baseUrl()).build();
    http = new OkHttpClient();
    baseUrl = HttpUrl.get(server.baseUrl());
    sdkKeys = Collections.emptyIterator();
    bareKeys = Collections.emptyIterator();
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
   * The next key from the SDK's auto-pager.
   *
   * @return the key
   */
  @Benchmark
  public VirtualKey sdk() {
    if (!sdkKeys.hasNext()) {
      sdkKeys = client.virtualKeys().list(0, PAGE_SIZE).autoPager().iterator();
    }
    return sdkKeys.next();
  }

  /**
   * The next key from a hand-written pager over OkHttp and Jackson.
   *
   * @return the key
   */
  @Benchmark
  public Bare.VirtualKey bare() {
    if (!bareKeys.hasNext()) {
      bareKeys = Bare.virtualKeys(http, baseUrl, PAGE_SIZE);
    }
    return bareKeys.next();
  }
}
