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
    Result run = demo(Tour.ABOUT, Tour::run);

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
    JsonNode json = demo(Tour.ABOUT, Tour::run, "--json").json();

    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyElementsOf(
        List.of("cost_graph", "requests_graph", "tokens_graph", "users_summary", "models_summary",
            "list_workspaces", "list_virtual_keys", "list_log_exports", "spend_trends",
            "usage_spikes", "key_health_report"));
    assertThat(json.get("spend_trends").get("total_dollars").decimalValue())
        .isEqualByComparingTo("3355.3681");
    assertThat(json.get("list_virtual_keys")).hasSize(12);
    List<String> camel = new ArrayList<>();
    collectCamelCaseNames(json, camel);
    assertThat(camel).as("JSON names in camelCase").isEmpty();
  }

  private static void collectCamelCaseNames(JsonNode node, List<String> found) {
    node.properties().forEach(field -> {
      if (!field.getKey().equals(field.getKey().toLowerCase(java.util.Locale.ROOT))) {
        found.add(field.getKey());
      }
      collectCamelCaseNames(field.getValue(), found);
    });
    node.forEach(element -> collectCamelCaseNames(element, found));
  }

  @Test
  void theSvgOptionReachesTheSpendExample() {
    Path file = dir.resolve("tour.svg");

    assertThat(demo(Tour.ABOUT, Tour::run, "--svg", file.toString()).status()).isZero();
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
