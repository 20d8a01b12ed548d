package io.github.portkeyadmin.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * Reads the client's stdin line by line and hands the MCP SDK only JSON-RPC messages. The SDK's
 * stdio transport stops reading for good at the first line it cannot parse, which would leave the
 * process running deaf; here such a line is answered with a JSON-RPC error ({@code -32700} parse
 * error, {@code -32600} invalid request) and the session goes on. A line over {@link #MAX_LINE}
 * bytes is dropped the same way. When stdin closes, the SDK's input closes and {@link
 * #awaitClose()} returns.
 */
final class StdinPump {
  /** The longest message accepted, in bytes; MCP requests are a few kilobytes. */
  static final int MAX_LINE = 4 * 1024 * 1024;

  private final InputStream stdin;
  private final OutputStream protocol;
  private final ObjectMapper mapper;
  private final Pipe pipe;
  private final CountDownLatch closed = new CountDownLatch(1);

  StdinPump(InputStream stdin, OutputStream protocol, ObjectMapper mapper) throws IOException {
    this.stdin = stdin;
    this.protocol = protocol;
    this.mapper = mapper;
    this.pipe = Pipe.open();
  }

  /** What the SDK's transport reads: the checked messages, one a line. */
  InputStream messages() {
    return Channels.newInputStream(pipe.source());
  }

  void start() {
    Thread thread = new Thread(this::pump, "stdin-pump");
    thread.setDaemon(true);
    thread.start();
  }

  void awaitClose() throws InterruptedException {
    closed.await();
  }

  private void pump() {
    try (OutputStream sdk = Channels.newOutputStream(pipe.sink())) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean tooLong = false;
      for (int b = stdin.read(); b != -1; b = stdin.read()) {
        if (b == '\n') {
          forward(line, tooLong, sdk);
          line.reset();
          tooLong = false;
        } else if (line.size() < MAX_LINE) {
          line.write(b);
        } else {
          tooLong = true;
        }
      }
      forward(line, tooLong, sdk);
    } catch (IOException e) {
      // stdin or the SDK's end is gone: the session is over either way.
    } finally {
      closed.countDown();
    }
  }

  private void forward(ByteArrayOutputStream line, boolean tooLong, OutputStream sdk)
      throws IOException {
    String text = line.toString(StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      return;
    }
    if (tooLong) {
      reject(null, -32600, "message longer than " + MAX_LINE + " bytes");
      return;
    }
    JsonNode message;
    try {
      message = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      reject(null, -32700, "parse error: not JSON");
      return;
    }
    if (!isMessage(message)) {
      reject(message.isObject() ? message.get("id") : null, -32600,
          "invalid request: not a JSON-RPC 2.0 request, notification or response");
      return;
    }
    sdk.write((text + "\n").getBytes(StandardCharsets.UTF_8));
    sdk.flush();
  }

  /** What the SDK's deserializer accepts: a method, or a result or error. */
  private static boolean isMessage(JsonNode message) {
    return message.isObject() && "2.0".equals(message.path("jsonrpc").asText())
        && (message.path("method").isTextual() || message.has("result")
            || message.has("error"));
  }

  private void reject(@Nullable JsonNode id, int code, String text) throws IOException {
    ObjectNode error = mapper.createObjectNode();
    error.put("jsonrpc", "2.0");
    error.set("id", id == null ? mapper.nullNode() : id);
    error.putObject("error").put("code", code).put("message", text);
    byte[] bytes = (mapper.writeValueAsString(error) + "\n").getBytes(StandardCharsets.UTF_8);
    // The SDK's transport writes under the same lock, so lines never interleave.
    synchronized (protocol) {
      protocol.write(bytes);
      protocol.flush();
    }
  }
}
