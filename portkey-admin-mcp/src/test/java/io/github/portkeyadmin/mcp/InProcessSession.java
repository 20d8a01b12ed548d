package io.github.portkeyadmin.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.internal.Redactor;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A real MCP client talking to the real server over in-process pipes, the server's tools pointed
 * at a {@link FakePortkey}. The client retries as configured in production (2 retries).
 */
final class InProcessSession implements AutoCloseable {
  final FakePortkey fake;
  final McpSyncClient client;
  private final McpSyncServer server;
  private final ToolContext context;

  private InProcessSession(FakePortkey fake, McpSyncClient client, McpSyncServer server,
      ToolContext context) {
    this.fake = fake;
    this.client = client;
    this.server = server;
    this.context = context;
  }

  static InProcessSession start(int virtualKeys, Optional<String> defaultWorkspace)
      throws IOException {
    FakePortkey fake = FakePortkey.start(virtualKeys);
    ObjectMapper mapper = PortkeyMcpServer.objectMapper();
    JacksonMcpJsonMapper mcpMapper = new JacksonMcpJsonMapper(mapper);
    Pipe toServer = Pipe.open();
    Pipe toClient = Pipe.open();
    ToolContext context = new ToolContext(() -> PortkeyAdminClient.builder()
        .apiKey(FakePortkey.API_KEY).baseUrl(fake.baseUrl()).build(),
        Clock.systemUTC(), defaultWorkspace, false, null);
    McpSyncServer server = PortkeyMcpServer.start(new StdioServerTransportProvider(mcpMapper,
        Channels.newInputStream(toServer.source()), Channels.newOutputStream(toClient.sink())),
        context, new Redactor(FakePortkey.API_KEY), mapper, new DeferredSchemaValidator(mapper));
    McpSyncClient client = McpClient.sync(new PipedClientTransport(mcpMapper,
        Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink())))
        .requestTimeout(Duration.ofSeconds(30))
        .build();
    client.initialize();
    return new InProcessSession(fake, client, server, context);
  }

  CallToolResult call(String tool, Map<String, Object> arguments) {
    return client.callTool(CallToolRequest.builder(tool).arguments(arguments).build());
  }

  static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  @Override
  public void close() throws IOException {
    client.close();
    server.close();
    context.close();
    fake.close();
  }
}
