package io.github.portkeyadmin.examples;

import static io.github.portkeyadmin.examples.Runs.demo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.portkeyadmin.examples.Runs.Result;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TourTest {
  @TempDir Path dir;

  @Test
  void runsEveryExampleInOrderAgainstTheDemoServer() {
    Result run = demo(Tour::run);

    assertThat(run.status()).isZero();
    assertThat(run.err()).containsOnlyOnce("DEMO DATA");
    int previous = -1;
    for (int i = 0; i < Tour.STOPS.size(); i++) {
      String header = "== [" + (i + 1) + "/11] " + Tour.STOPS.get(i).name() + ": ";
      assertThat(run.out()).contains(header);
      assertThat(run.out().indexOf(header)).isGreaterThan(previous);
      previous = run.out().indexOf(header);
    }
    assertThat(run.out()).contains("total    $3,355.37", "Total $3,355.37",
        "SPIKES: 1 of 169 buckets stands out", "EXPIRING        gemini-eval");
  }

  @Test
  void jsonIsOneDocumentKeyedByExample() {
    JsonNode json = demo(Tour::run, "--json").json();

    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyElementsOf(
        Tour.STOPS.stream().map(Tour.Stop::name).toList());
    assertThat(json.get("SpendTrends").get("totalDollars").decimalValue())
        .isEqualByComparingTo("3355.3681");
    assertThat(json.get("ListVirtualKeys")).hasSize(12);
  }

  @Test
  void theSvgOptionReachesTheSpendExample() {
    Path file = dir.resolve("tour.svg");

    assertThat(demo(Tour::run, "--svg", file.toString()).status()).isZero();
    assertThat(file).exists();
    assertThat(Files.isRegularFile(file)).isTrue();
  }

  @Test
  void mainPrintsHelpWithoutStartingAnything() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      Tour.main(new String[] {"--help"});
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--json", "--svg FILE", "PORTKEY_API_KEY", "PORTKEY_WORKSPACE_SLUG");
  }
}
