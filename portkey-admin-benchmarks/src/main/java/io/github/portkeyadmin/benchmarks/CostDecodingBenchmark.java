package io.github.portkeyadmin.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.internal.ObjectMappers;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 2, decoding of a cost graph: the SDK's mapper ({@code ObjectMappers.create()}, as its
 * Retrofit converter uses it) into {@code CostAnalytics}, against a plain mapper into records, on
 * the same bytes. Target: {@code sdk / bare <= 1.25}. {@code bareStringTimestamps} is for
 * reference only: what the bare decode costs when timestamps are not parsed at all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class CostDecodingBenchmark {
  /** Buckets in the graph: 30 days hourly, and a long series. */
  @Param({"720", "10000"})
  public int points;

  private byte[] body;
  private ObjectReader sdk;

  /** Builds the body and the SDK's reader. */
  @Setup
  public void prepare() {
    body = Fixtures.costGraph(points);
    sdk = ObjectMappers.create().readerFor(CostAnalytics.class);
  }

  /**
   * The SDK's decoding.
   *
   * @return the graph
   * @throws IOException never, on this body
   */
  @Benchmark
  public CostAnalytics sdk() throws IOException {
    return sdk.readValue(body);
  }

  /**
   * Bare Jackson into records.
   *
   * @return the graph
   * @throws IOException never, on this body
   */
  @Benchmark
  public Bare.CostGraph bare() throws IOException {
    return Bare.COST.readValue(body);
  }

  /**
   * Bare Jackson with timestamps kept as strings (reference only).
   *
   * @return the graph
   * @throws IOException never, on this body
   */
  @Benchmark
  public Bare.CostGraphStringTimestamps bareStringTimestamps() throws IOException {
    return Bare.COST_STRING_TIMESTAMPS.readValue(body);
  }
}
