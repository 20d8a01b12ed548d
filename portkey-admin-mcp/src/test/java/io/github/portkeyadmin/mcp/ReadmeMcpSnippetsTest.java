package io.github.portkeyadmin.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's MCP section: the demo command, the Inspector command and the Claude Desktop, Claude
 * Code, VS Code and Cursor configurations all launch the jar with {@link LaunchCommand}'s flags,
 * the command {@code StdioServerIT} runs against the built jar.
 */
class ReadmeMcpSnippetsTest {
  private static final Pattern BLOCK = Pattern.compile("```(sh|json)\\n(.*?)```", Pattern.DOTALL);
  private final List<String> expected =
      LaunchCommand.documented(System.getProperty("project.version"));

  @Test
  void everyDocumentedLaunchUsesTheTestedCommand() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf("## MCP server"),
        readme.indexOf("\n## ", readme.indexOf("## MCP server") + 1));
    Matcher blocks = BLOCK.matcher(section);
    int shell = 0;
    int json = 0;
    while (blocks.find()) {
      if (blocks.group(1).equals("sh")) {
        assertThat(LaunchCommand.normalised(shellJavaArguments(blocks.group(2))))
            .as(blocks.group(2)).isEqualTo(expected);
        shell++;
      } else {
        JsonNode config = new ObjectMapper().readTree(blocks.group(2));
        JsonNode servers = config.has("servers") ? config.get("servers") : config.get("mcpServers");
        JsonNode server = servers.get("portkey-admin");
        assertThat(server.get("command").asText()).isEqualTo("java");
        List<String> args = new ArrayList<>();
        server.get("args").forEach(arg -> args.add(arg.asText()));
        assertThat(LaunchCommand.normalised(args)).as(blocks.group(2)).isEqualTo(expected);
        assertThat(server.get("env").has("PORTKEY_API_KEY")).isTrue();
        json++;
      }
    }
    assertThat(shell).as("demo, Inspector, Claude Code").isEqualTo(3);
    assertThat(json).as("Claude Desktop, VS Code, Cursor").isEqualTo(3);
    assertThat(section).contains("--demo").contains("claude mcp add");
  }

  /** The words after {@code java}, up to the server's own arguments. */
  private static List<String> shellJavaArguments(String command) {
    List<String> words = Arrays.asList(command.strip().split("\\s+"));
    List<String> arguments = new ArrayList<>();
    for (String word : words.subList(words.indexOf("java") + 1, words.size())) {
      if (word.startsWith("--")) {
        break;
      }
      arguments.add(word);
    }
    return arguments;
  }
}
