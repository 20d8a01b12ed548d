package io.github.portkeyadmin.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the raw figures of {@code run-benchmarks.sh} into the Markdown tables of {@code
 * BENCHMARKS.md}: each SDK figure beside its bare figure, the ratio and the target.
 *
 * <p>Arguments: {@code <jmh.json> <coldstart.txt> <core runtime classpath file> <core jar>}. The
 * cold-start file has one {@code <name> <milliseconds>} line per run; any argument may be {@code -}
 * to skip its part.
 */
public final class Report {
  private Report() {}

  /**
   * Prints the report.
   *
   * @param args see the class comment
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: Report <jmh.json> <coldstart.txt> <core-classpath.txt> <core.jar>");
      System.exit(2);
    }
    if (!args[0].equals("-")) {
      jmh(Bare.MAPPER.readTree(Path.of(args[0]).toFile()));
    }
    if (!args[1].equals("-")) {
      coldStart(Files.readAllLines(Path.of(args[1])));
    }
    if (!args[2].equals("-")) {
      footprint(Files.readString(Path.of(args[2])).strip(), Path.of(args[3]));
    }
  }

  private static void jmh(JsonNode results) {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    for (JsonNode result : results) {
      byKey.put(key(result), result);
    }
    System.out.println("### Time and allocation per operation (JMH, mean ± 99.9% error)");
    System.out.println();
    System.out.println("| Benchmark | SDK | bare | SDK / bare (range) | target | SDK alloc | bare alloc |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
    pair(byKey, "1. per call, cost, 720 points", "CallOverheadBenchmark", "", 1.10);
    pair(byKey, "2. decode cost, 720 points", "CostDecodingBenchmark", "points=720", 1.25);
    pair(byKey, "2. decode cost, 10,000 points", "CostDecodingBenchmark", "points=10000", 1.25);
    pair(byKey, "2. decode users page, 1,000 rows", "GroupedDecodingBenchmark", "", 1.25);
    pair(byKey, "3. paging, per key, 10,000 keys", "PagingBenchmark", "keys=10000", Double.NaN);
    pair(byKey, "3. paging, per key, 100,000 keys", "PagingBenchmark", "keys=100000", Double.NaN);
    System.out.println();
    System.out.println("### Every JMH result: median and min-max of the measured iterations");
    System.out.println();
    System.out.println("| Benchmark | params | mean ± error | median | min - max | alloc/op |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    for (JsonNode result : results) {
      JsonNode primary = result.get("primaryMetric");
      List<Double> raw = raw(primary);
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s - %s | %s |%n",
          result.get("benchmark").asText().replace("io.github.portkeyadmin.benchmarks.", ""),
          params(result).isEmpty() ? "" : params(result),
          time(primary.get("score").asDouble(), primary.get("scoreError").asDouble(), primary),
          number(primary.get("scorePercentiles").get("50.0").asDouble()),
          number(raw.stream().mapToDouble(d -> d).min().orElse(Double.NaN)),
          number(raw.stream().mapToDouble(d -> d).max().orElse(Double.NaN)),
          alloc(result).map(Report::bytes).orElse("n/a"));
    }
    System.out.println();
    paging(byKey);
  }

  private static void pair(Map<String, JsonNode> byKey, String label, String benchmark,
      String params, double target) {
    JsonNode sdk = byKey.get(benchmark + ".sdk|" + params);
    JsonNode bare = byKey.get(benchmark + ".bare|" + params);
    if (sdk == null || bare == null) {
      return;
    }
    double s = score(sdk);
    double se = error(sdk);
    double b = score(bare);
    double be = error(bare);
    double ratio = s / b;
    // The ratio's range when both scores sit anywhere in their 99.9% intervals.
    String upper = b > be ? String.format(Locale.ROOT, "%.2f", (s + se) / (b - be)) : "inf";
    String range = String.format(Locale.ROOT, "**%.2f** (%.2f - %s)", ratio,
        Math.max(0, s - se) / (b + be), upper);
    String verdict = Double.isNaN(target) ? "none; flat: see below"
        : String.format(Locale.ROOT, "<= %.2f %s", target, ratio <= target ? "met" : "**missed**");
    System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", label,
        time(s, se, sdk.get("primaryMetric")), time(b, be, bare.get("primaryMetric")), range,
        verdict, alloc(sdk).map(Report::bytes).orElse("n/a"),
        alloc(bare).map(Report::bytes).orElse("n/a"));
  }

  private static void paging(Map<String, JsonNode> byKey) {
    JsonNode small = byKey.get("PagingBenchmark.sdk|keys=10000");
    JsonNode large = byKey.get("PagingBenchmark.sdk|keys=100000");
    if (small == null || large == null || alloc(small).isEmpty() || alloc(large).isEmpty()) {
      return;
    }
    System.out.printf(Locale.ROOT, "Paging allocation per key, 100,000 keys / 10,000 keys: "
        + "**%.3f** (flat is 1.00); both in forks with -Xmx64m, which completed.%n%n",
        alloc(large).get() / alloc(small).get());
  }

  private static void coldStart(List<String> lines) {
    Map<String, List<Double>> runs = new LinkedHashMap<>();
    for (String line : lines) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length == 2) {
        runs.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(Double.parseDouble(parts[1]));
      }
    }
    System.out.println("### 4. Cold start: fresh JVM to first decoded cost response (whole process)");
    System.out.println();
    System.out.println("| Program | runs | median | min - max |");
    System.out.println("| --- | --- | --- | --- |");
    runs.forEach((name, times) -> System.out.printf(Locale.ROOT, "| %s | %d | %.0f ms | %.0f - %.0f ms |%n",
        name, times.size(), median(times), min(times), max(times)));
    if (runs.containsKey("sdk") && runs.containsKey("bare")) {
      double ratio = median(runs.get("sdk")) / median(runs.get("bare"));
      System.out.printf(Locale.ROOT, "%nSDK / bare, medians: **%.2f** (target <= 1.30: %s); "
          + "SDK adds %.0f ms.%n%n", ratio, ratio <= 1.30 ? "met" : "**missed**",
          median(runs.get("sdk")) - median(runs.get("bare")));
    }
  }

  private static void footprint(String classpath, Path coreJar) throws IOException {
    List<Path> jars = new ArrayList<>();
    jars.add(coreJar);
    for (String entry : classpath.split(java.io.File.pathSeparator)) {
      if (!entry.isBlank()) {
        jars.add(Path.of(entry));
      }
    }
    System.out.println("### 5. Footprint: portkey-admin-core and its runtime dependency jars");
    System.out.println();
    System.out.println("| Jar | KiB | also needed by bare OkHttp + Jackson |");
    System.out.println("| --- | ---: | --- |");
    long total = 0;
    long bare = 0;
    for (Path jar : jars) {
      long size = Files.size(jar);
      boolean inBare = isBare(jar.getFileName().toString());
      total += size;
      bare += inBare ? size : 0;
      System.out.printf(Locale.ROOT, "| %s | %d | %s |%n", jar.getFileName(), size >> 10,
          inBare ? "yes" : "");
    }
    System.out.printf(Locale.ROOT, "%nTotal: **%.2f MiB** in %d jars (%.2f MiB without the core jar)."
        + " The bare OkHttp + Jackson + JSR-310 set is %.2f MiB; the SDK adds %.2f MiB.%n%n",
        total / 1048576.0, jars.size(), (total - Files.size(coreJar)) / 1048576.0,
        bare / 1048576.0, (total - bare) / 1048576.0);
  }

  /** The jars a hand-written OkHttp + Jackson (with JSR-310) client needs as well. */
  private static boolean isBare(String jar) {
    return List.of("okhttp-jvm-", "okio-jvm-", "kotlin-stdlib-", "annotations-13", "jackson-databind-",
        "jackson-core-", "jackson-annotations-", "jackson-datatype-jsr310-").stream()
        .anyMatch(jar::startsWith);
  }

  private static String key(JsonNode result) {
    return result.get("benchmark").asText().replace("io.github.portkeyadmin.benchmarks.", "") + "|"
        + params(result);
  }

  private static String params(JsonNode result) {
    JsonNode params = result.get("params");
    if (params == null) {
      return "";
    }
    List<String> pairs = new ArrayList<>();
    params.properties().forEach(e -> pairs.add(e.getKey() + "=" + e.getValue().asText()));
    return pairs.stream().collect(Collectors.joining(","));
  }

  private static double score(JsonNode result) {
    return result.get("primaryMetric").get("score").asDouble();
  }

  private static double error(JsonNode result) {
    double error = result.get("primaryMetric").get("scoreError").asDouble();
    return Double.isNaN(error) ? 0 : error;
  }

  private static Optional<Double> alloc(JsonNode result) {
    JsonNode secondary = result.get("secondaryMetrics");
    JsonNode norm = secondary == null ? null : secondary.get("gc.alloc.rate.norm");
    return norm == null ? Optional.empty() : Optional.of(norm.get("score").asDouble());
  }

  private static List<Double> raw(JsonNode primary) {
    List<Double> values = new ArrayList<>();
    for (JsonNode fork : primary.get("rawData")) {
      for (JsonNode iteration : fork) {
        values.add(iteration.asDouble());
      }
    }
    return values;
  }

  private static String time(double score, double error, JsonNode primary) {
    String unit = primary.get("scoreUnit").asText();
    return Double.isNaN(error) || error == 0
        ? number(score) + " " + unit
        : number(score) + " ± " + number(error) + " " + unit;
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
        : value >= 10 ? String.format(Locale.ROOT, "%.1f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String bytes(double value) {
    return value >= 1 << 20 ? String.format(Locale.ROOT, "%.2f MB", value / 1e6)
        : value >= 1 << 10 ? String.format(Locale.ROOT, "%.1f KB", value / 1e3)
        : String.format(Locale.ROOT, "%.0f B", value);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().collect(Collectors.toList());
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(d -> d).min().orElse(Double.NaN);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(d -> d).max().orElse(Double.NaN);
  }
}
