package io.github.portkeyadmin.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * The client end of an in-process stdio connection: newline-delimited JSON-RPC over two pipes,
 * exactly what {@link io.modelcontextprotocol.server.transport.StdioServerTransportProvider}
 * reads and writes, without a process.
 */
final class PipedClientTransport implements McpClientTransport {
  private final McpJsonMapper mapper;
  private final InputStream fromServer;
  private final OutputStream toServer;

  PipedClientTransport(McpJsonMapper mapper, InputStream fromServer, OutputStream toServer) {
    this.mapper = mapper;
    this.fromServer = fromServer;
    this.toServer = toServer;
  }

  @Override
  public Mono<Void> connect(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
    Thread reader = new Thread(() -> read(handler), "piped-client-reader");
    reader.setDaemon(true);
    reader.start();
    return Mono.empty();
  }

  private void read(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(fromServer, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JSONRPCMessage message = McpSchema.deserializeJsonRpcMessage(mapper, line);
        // The handler answers server requests itself, through sendMessage.
        handler.apply(Mono.just(message)).subscribe();
      }
    } catch (IOException e) {
      // The server closed its end: the session is over.
    }
  }

  @Override
  public Mono<Void> sendMessage(JSONRPCMessage message) {
    return Mono.fromRunnable(() -> {
      try {
        byte[] line = (mapper.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (toServer) {
          toServer.write(line);
          toServer.flush();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public Mono<Void> closeGracefully() {
    return Mono.fromRunnable(() -> {
      try {
        toServer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
    return mapper.convertValue(data, typeRef);
  }
}
