package io.github.portkeyadmin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's test-kit snippets cannot rot: each {@code java} block after a {@code <!-- snippet:
 * Name -->} marker in the "Testing your code" section must appear, line for line (indentation
 * aside), in the test class {@code Name} of this suite, where it compiles and runs.
 */
class ReadmeSnippetTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: (\\w+) -->\\s*```java\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void everyMarkedSnippetIsTheCodeOfItsTest() throws IOException {
    Matcher snippets = SNIPPET.matcher(Files.readString(README));
    List<String> checked = new ArrayList<>();
    while (snippets.find()) {
      String name = snippets.group(1);
      String source = Files.readString(sourceOf(name));
      assertThat(stripped(source)).as("README snippet of %s", name)
          .contains(stripped(snippets.group(2)));
      checked.add(name);
    }
    assertThat(checked).containsExactlyInAnyOrder("BudgetAlertTest", "ReadmeSnippetTest");
  }

  @Test
  void theShapingSnippetBuildsWhatItSays() {
    Organisation org = Organisation.demo()
        .at(Instant.parse("2026-03-18T10:30:00Z"))                          // fix the clock
        .plusVirtualKey(FakeKey.of("demo-day", "openai").expiringIn(Duration.ofDays(1)))
        .plusVirtualKey(FakeKey.of("hot", "openai").withTrafficShare(0.2)   // 95% of its budget used
            .withBudget(Budget.costDollars(1).sizedToUse(95).monthly()))
        .withDailySpend("gpt-4o", new BigDecimal("250"))                     // dollars per UTC day
        .withTraffic(FakeTraffic.demo().withoutSpike());
    Organisation paging = Organisation.demo().withVirtualKeys(FakeKey.many("key-", 10_000));

    assertThat(org.virtualKeys()).hasSize(14);
    assertThat(org.traffic().spikeRequests()).isZero();
    assertThat(paging.virtualKeys()).hasSize(10_000);
  }

  private static Path sourceOf(String testClass) throws IOException {
    try (var files = Files.walk(Path.of("src", "test", "java"))) {
      return files.filter(f -> f.getFileName().toString().equals(testClass + ".java"))
          .findFirst().orElseThrow(() -> new AssertionError("no test class " + testClass));
    }
  }

  private static String stripped(String code) {
    return code.lines().map(String::strip).collect(Collectors.joining("\n"));
  }
}
