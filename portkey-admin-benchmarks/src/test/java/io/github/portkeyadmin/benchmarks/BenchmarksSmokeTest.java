package io.github.portkeyadmin.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.CostDataPoint;
import io.github.portkeyadmin.analytics.UserAnalytics;
import io.github.portkeyadmin.internal.ListEnvelope;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Checks that the benchmarks build and run, not how fast: every benchmark runs one short
 * iteration in this JVM, and each pair measures the same work. Nothing here is timed.
 */
class BenchmarksSmokeTest {
  private static final List<Class<?>> BENCHMARKS = List.of(CallOverheadBenchmark.class,
      CostDecodingBenchmark.class, GroupedDecodingBenchmark.class, PagingBenchmark.class);

  @Test
  void everyBenchmarkRunsOneShortIteration() throws RunnerException {
    Options options = new OptionsBuilder()
        .include("io\\.github\\.portkeyadmin\\.benchmarks\\.")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(20))
        .param("keys", "1000")
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build();

    Collection<RunResult> results = new Runner(options).run();

    Set<String> ran = results.stream()
        .map(result -> result.getParams().getBenchmark())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(declaredBenchmarks(), ran);
    results.forEach(result -> assertTrue(result.getPrimaryResult().getSampleCount() > 0,
        () -> result.getParams().getBenchmark() + " made no measurement"));
  }

  @Test
  void sdkAndBareDecodeTheSameCostGraph() throws Exception {
    byte[] body = Fixtures.costGraph(720);
    CostDecodingBenchmark benchmark = new CostDecodingBenchmark();
    benchmark.points = 720;
    benchmark.prepare();

    CostAnalytics sdk = benchmark.sdk();
    Bare.CostGraph bare = Bare.COST.readValue(body);

    assertEquals(720, sdk.dataPoints().size());
    assertEquals(bare.dataPoints().size(), sdk.dataPoints().size());
    assertEquals(bare.dataPoints().get(719).timestamp(), sdk.dataPoints().get(719).timestamp());
    assertEquals(0, sum(bare.dataPoints().stream().map(Bare.CostPoint::total))
        .compareTo(sum(sdk.dataPoints().stream().map(CostDataPoint::total))));
  }

  @Test
  void sdkAndBareDecodeTheSameUsersPage() throws Exception {
    GroupedDecodingBenchmark benchmark = new GroupedDecodingBenchmark();
    benchmark.prepare();

    ListEnvelope<UserAnalytics> sdk = benchmark.sdk();
    Bare.UsersPage bare = benchmark.bare();

    assertEquals(GroupedDecodingBenchmark.ROWS, sdk.data().size());
    assertEquals(bare.data().size(), sdk.data().size());
    assertEquals(bare.data().get(999).requests(), sdk.data().get(999).requests());
    assertEquals(0, sum(bare.data().stream().map(Bare.UserRow::cost))
        .compareTo(sum(sdk.data().stream().map(UserAnalytics::cost))));
  }

  @Test
  void coldStartProgramsDecodeTheSameResponse() throws Exception {
    try (StubServer server =
        StubServer.start(Map.of(StubServer.Paths.COST, Fixtures.costGraph(720)))) {
      String sdk = stdout(() -> ColdStartSdk.main(new String[] {server.baseUrl()}));
      String bare = stdout(() -> ColdStartBare.main(new String[] {server.baseUrl()}));

      assertTrue(sdk.startsWith("sdk: 720 points, first 2026-06-01T00:00:00Z"), sdk);
      assertEquals(sdk.substring("sdk:".length()), bare.substring("bare:".length()));
    }
  }

  @Test
  void pairedCpuCheckRunsEveryPair() throws Exception {
    String out = stdout(() -> PairedCpuCheck.main(new String[] {"--quick"}));

    assertEquals(6, out.lines().count(), out); // a header and five pairs
  }

  @Test
  void pagingProbeStreamsEveryKey() throws Exception {
    String out = stdout(() -> PagingMemoryProbe.main(new String[] {"2000"}));

    assertTrue(out.contains("streamed 2000 keys"), out);
  }

  private static Set<String> declaredBenchmarks() {
    return BENCHMARKS.stream()
        .flatMap(type -> Arrays.stream(type.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(Benchmark.class))
            .map(Method::getName)
            .map(name -> type.getName() + "." + name))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static BigDecimal sum(java.util.stream.Stream<BigDecimal> amounts) {
    return amounts.reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private interface Program {
    void run() throws Exception;
  }

  private static String stdout(Program program) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
