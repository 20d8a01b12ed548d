package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Maps.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built jar, spawned with the documented launch command and driven over its stdio. */
class StdioServerIT {
  private static final String WORKSPACE = "ws-prod-1a2b3c";
  private static final ObjectMapper JSON = new ObjectMapper();
  private FakePortkey fake;

  @BeforeEach
  void startFake() throws Exception {
    fake = FakePortkey.start(120);
  }

  @AfterEach
  void stopFake() throws Exception {
    fake.close();
  }

  static List<String> launch(String... args) {
    return LaunchCommand.of(args);
  }

  private Map<String, String> env() {
    return Map.of("PORTKEY_API_KEY", FakePortkey.API_KEY, "PORTKEY_BASE_URL", fake.baseUrl(),
        "PORTKEY_WORKSPACE_SLUG", WORKSPACE);
  }

  @Test
  void aRealMcpClientListsAndCallsEveryToolOfTheBuiltJar() {
    List<String> stderr = new CopyOnWriteArrayList<>();
    try (McpSyncClient client = client(env(), stderr)) {
      client.initialize();
      List<Tool> tools = client.listTools().tools();
      assertThat(tools).hasSize(11);
      for (Tool tool : tools) {
        CallToolResult result = call(client, tool.name(), Map.of());
        assertThat(result.isError()).as(tool.name() + ": " + text(result)).isFalse();
        assertThat(map(result.structuredContent())).containsEntry("demo", false);
      }
      assertThat(map(call(client, "get_cost_analytics", Map.of()).structuredContent()))
          .containsEntry("total_cents", 60000).containsEntry("total_dollars", 600.0);
      assertThat(map(call(client, "list_virtual_keys", Map.of("offset", 100))
          .structuredContent())).containsEntry("returned", 20).containsEntry("has_more", false);
      fake.failNext(FakePortkey.error(403, "AB03", "You do not have enough permissions"));
      CallToolResult forbidden = call(client, "list_workspaces", Map.of());
      assertThat(forbidden.isError()).isTrue();
      assertThat(text(forbidden)).contains("needs an organisation Admin API key");
    }
    assertThat(String.join("\n", stderr)).doesNotContain(FakePortkey.API_KEY);
  }

  @Test
  void demoModeServesTheFictionalOrganisationAndMarksEveryResult() {
    try (McpSyncClient client = client(Map.of(), new CopyOnWriteArrayList<>(), "--demo")) {
      client.initialize();
      for (Tool tool : client.listTools().tools()) {
        CallToolResult result = call(client, tool.name(), Map.of());
        assertThat(result.isError()).as(tool.name() + ": " + text(result)).isFalse();
        assertThat(text(result)).startsWith(ToolRunner.DEMO_NOTE);
        assertThat(map(result.structuredContent())).containsEntry("demo", true);
      }
    }
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void stdoutCarriesOnlyJsonRpcGarbageIsAnsweredTheKeyAppearsNowhereAndStdinCloseEndsIt()
      throws Exception {
    fake.failNext(FakePortkey.error(400, "AB01", "bad key " + FakePortkey.API_KEY));
    ProcessBuilder builder = new ProcessBuilder(launch());
    builder.environment().putAll(env());
    Path stderrFile = Files.createTempFile("mcp-stderr", ".log");
    builder.redirectError(stderrFile.toFile());
    Process process = builder.start();
    List<String> lines = new ArrayList<>();
    OutputStream in = process.getOutputStream();
    try (BufferedReader out = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
          + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
          + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
      lines.add(out.readLine());
      send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
      send(in, "this is not JSON");
      send(in, "{\"id\":7,\"hello\":\"world\"}");
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{"
          + "\"name\":\"list_workspaces\",\"arguments\":{}}}");
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{"
          + "\"name\":\"get_cost_analytics\",\"arguments\":{\"last_days\":-1}}}");
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{"
          + "\"name\":\"list_virtual_keys\",\"arguments\":{}}}");
      for (int i = 0; i < 6; i++) {
        lines.add(out.readLine());
      }
      in.close();
      assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("exits when stdin closes").isTrue();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    } finally {
      process.destroyForcibly();
    }
    assertThat(process.exitValue()).isZero();
    List<Integer> ids = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (String line : lines) {
      JsonNode message = JSON.readTree(line);
      assertThat(message.get("jsonrpc").asText()).as(line).isEqualTo("2.0");
      if (message.has("error")) {
        errors.add(message.get("id") + " " + message.get("error").get("code"));
      } else {
        ids.add(message.get("id").asInt());
      }
    }
    // Garbage is answered as JSON-RPC says, and the session goes on.
    assertThat(errors).containsExactlyInAnyOrder("null -32700", "7 -32600");
    assertThat(ids).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    String stdout = String.join("\n", lines);
    String stderr = Files.readString(stderrFile);
    assertThat(stdout).contains("HTTP 400").contains("last_days")
        .doesNotContain(FakePortkey.API_KEY);
    assertThat(stderr).doesNotContain(FakePortkey.API_KEY);
    Files.delete(stderrFile);
  }

  @Test
  void withoutAKeyItRefusesToStartSayingWhatToSet() throws Exception {
    ProcessBuilder builder = new ProcessBuilder(launch());
    builder.environment().remove("PORTKEY_API_KEY");
    Process process = builder.start();
    process.getOutputStream().close();
    assertThat(process.waitFor(15, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEmpty();
    assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("PORTKEY_API_KEY is not set").contains("--demo");
  }

  private static McpSyncClient client(Map<String, String> env, List<String> stderr,
      String... args) {
    List<String> command = launch(args);
    StdioClientTransport transport = new StdioClientTransport(ServerParameters
        .builder(command.get(0)).args(command.subList(1, command.size())).env(env).build(),
        new JacksonMcpJsonMapper(PortkeyMcpServer.objectMapper()));
    transport.setStdErrorHandler(stderr::add);
    return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
  }

  private static CallToolResult call(McpSyncClient client, String tool,
      Map<String, Object> arguments) {
    return client.callTool(CallToolRequest.builder(tool).arguments(arguments).build());
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  private static void send(OutputStream in, String line) throws Exception {
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }
}
