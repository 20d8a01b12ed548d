package io.github.portkeyadmin.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.portkeyadmin.analytics.UserAnalytics;
import io.github.portkeyadmin.internal.ListEnvelope;
import io.github.portkeyadmin.internal.ObjectMappers;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 2, decoding of a grouped page: 1,000 rows of {@code GET /analytics/groups/users} (numbers
 * sent as strings) by the SDK's mapper into {@code ListEnvelope<UserAnalytics>}, against a plain
 * mapper into records, on the same bytes. Target: {@code sdk / bare <= 1.25}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class GroupedDecodingBenchmark {
  /** Rows on the page. */
  public static final int ROWS = 1000;

  private byte[] body;
  private ObjectReader sdk;

  /** Builds the body and the SDK's reader. */
  @Setup
  public void prepare() {
    body = Fixtures.usersPage(ROWS);
    sdk = ObjectMappers.create().readerFor(new TypeReference<ListEnvelope<UserAnalytics>>() {});
  }

  /**
   * The SDK's decoding.
   *
   * @return the page
   * @throws IOException never, on this body
   */
  @Benchmark
  public ListEnvelope<UserAnalytics> sdk() throws IOException {
    return sdk.readValue(body);
  }

  /**
   * Bare Jackson into records.
   *
   * @return the page
   * @throws IOException never, on this body
   */
  @Benchmark
  public Bare.UsersPage bare() throws IOException {
    return Bare.USERS.readValue(body);
  }
}
