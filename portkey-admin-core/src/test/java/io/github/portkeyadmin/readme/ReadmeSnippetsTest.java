package io.github.portkeyadmin.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every {@code java} code block of the top-level README names, in a {@code <!-- compiled in: PATH
 * -->} line just above it, a source file of this repository that holds the same lines in the same
 * order (import lines anywhere in it). That file is compiled (and usually run) by its module's build, so a README snippet cannot
 * drift from code that compiles.
 */
class ReadmeSnippetsTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern MARKER = Pattern.compile("<!-- compiled in: (\\S+) -->");

  @Test
  void everyJavaBlockOfTheReadmeStandsVerbatimInACompiledSourceFile() throws IOException {
    List<String> readme = Files.readAllLines(REPOSITORY.resolve("README.md"));
    List<String> problems = new ArrayList<>();
    int blocks = 0;
    for (int line = 0; line < readme.size(); line++) {
      if (!readme.get(line).strip().equals("```java")) {
        continue;
      }
      blocks++;
      int end = line + 1;
      while (!readme.get(end).strip().equals("```")) {
        end++;
      }
      String problem = check(readme, line, readme.subList(line + 1, end));
      if (problem != null) {
        problems.add("README.md line " + (line + 1) + ": " + problem);
      }
      line = end;
    }
    assertThat(blocks).as("java blocks in README.md").isPositive();
    assertThat(problems).isEmpty();
  }

  private static String check(List<String> readme, int fence, List<String> block)
      throws IOException {
    Matcher marker = fence == 0 ? null : MARKER.matcher(readme.get(fence - 1).strip());
    if (marker == null || !marker.matches()) {
      return "no <!-- compiled in: PATH --> line above the block";
    }
    Path source = REPOSITORY.resolve(marker.group(1));
    if (!Files.isRegularFile(source)) {
      return marker.group(1) + " does not exist";
    }
    List<String> have = significant(Files.readAllLines(source));
    List<String> imports = significant(block).stream().filter(ReadmeSnippetsTest::isImport).toList();
    List<String> code = significant(block).stream().filter(l -> !isImport(l)).toList();
    if (!have.containsAll(imports)) {
      return marker.group(1) + " lacks an import the block shows";
    }
    return containsInOrder(have, code) ? null
        : marker.group(1) + " does not hold the block's lines contiguously, as shown";
  }

  private static boolean isImport(String line) {
    return line.startsWith("import ");
  }

  private static List<String> significant(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static boolean containsInOrder(List<String> have, List<String> wanted) {
    for (int start = 0; start + wanted.size() <= have.size(); start++) {
      if (have.subList(start, start + wanted.size()).equals(wanted)) {
        return true;
      }
    }
    return false;
  }
}
