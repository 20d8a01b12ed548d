package io.github.portkeyadmin.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 serving fixed bodies by path (the query is ignored), with
 * keep-alive. Each response is encoded once, up front, so serving allocates next to nothing and
 * the benchmarks measure the client, not the server: MockWebServer would record every request and
 * allocate per response, which the gc profiler would charge to the client under test.
 *
 * <p>Run as a program it serves the 720-point cost graph for the cold-start timings: {@code
 * StubServer <port-file>} writes its port to the file and serves until killed.
 */
public final class StubServer implements AutoCloseable {
  private static final byte[] NOT_FOUND = encode(404, "{\"error\":\"no such path\"}".getBytes(
      StandardCharsets.UTF_8));

  private final ServerSocket listener;
  private final List<Route> routes;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();

  private StubServer(Map<String, byte[]> bodiesByPath) throws IOException {
    List<Route> table = new ArrayList<>();
    bodiesByPath.forEach((path, body) -> table.add(
        new Route(("GET " + path).getBytes(StandardCharsets.US_ASCII), encode(200, body))));
    this.routes = List.copyOf(table);
    this.listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    Thread acceptor = new Thread(this::acceptLoop, "stub-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * Starts a server.
   *
   * @param bodiesByPath response body for each path, e.g. {@code /v1/analytics/graphs/cost}
   * @return the running server
   * @throws IOException if the port cannot be bound
   */
  public static StubServer start(Map<String, byte[]> bodiesByPath) throws IOException {
    return new StubServer(new LinkedHashMap<>(bodiesByPath));
  }

  /**
   * The base URL to give a client: {@code http://127.0.0.1:<port>/v1/}.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/v1/";
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket connection : connections) {
      connection.close();
    }
  }

  private void acceptLoop() {
    int count = 0;
    while (!listener.isClosed()) {
      try {
        Socket connection = listener.accept();
        connection.setTcpNoDelay(true);
        connections.add(connection);
        Thread worker = new Thread(() -> serve(connection), "stub-server-" + ++count);
        worker.setDaemon(true);
        worker.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket connection) {
    byte[] buffer = new byte[16 * 1024];
    int filled = 0;
    try (connection; InputStream in = connection.getInputStream();
        OutputStream out = connection.getOutputStream()) {
      while (true) {
        int end = headEnd(buffer, filled);
        while (end < 0) {
          if (filled == buffer.length) {
            return; // a request head this server never expects
          }
          int read = in.read(buffer, filled, buffer.length - filled);
          if (read < 0) {
            return;
          }
          filled += read;
          end = headEnd(buffer, filled);
        }
        out.write(responseFor(buffer));
        out.flush();
        System.arraycopy(buffer, end, buffer, 0, filled - end); // GET requests have no body
        filled -= end;
      }
    } catch (IOException e) {
      // the client closed the connection
    } finally {
      connections.remove(connection);
    }
  }

  private byte[] responseFor(byte[] head) {
    for (Route route : routes) {
      if (route.matches(head)) {
        return route.response;
      }
    }
    return NOT_FOUND;
  }

  /** The index just past the blank line ending the request head, or -1 if not yet read. */
  private static int headEnd(byte[] buffer, int filled) {
    for (int i = 3; i < filled; i++) {
      if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n'
          && buffer[i - 3] == '\r') {
        return i + 1;
      }
    }
    return -1;
  }

  private static byte[] encode(int status, byte[] body) {
    String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\n"
        + "Content-Type: application/json; charset=utf-8\r\n"
        + "Content-Length: " + body.length + "\r\n"
        + "x-portkey-request-id: 00000000-0000-0000-0000-000000000000\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] response = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, response, 0, headBytes.length);
    System.arraycopy(body, 0, response, headBytes.length, body.length);
    return response;
  }

  /** A request line prefix {@code GET /path} and the bytes to answer it with. */
  private record Route(byte[] requestLinePrefix, byte[] response) {
    boolean matches(byte[] head) {
      byte[] prefix = requestLinePrefix;
      for (int i = 0; i < prefix.length; i++) {
        if (head[i] != prefix[i]) {
          return false;
        }
      }
      byte next = head[prefix.length];
      return next == '?' || next == ' ';
    }
  }

  /**
   * Serves the 720-point cost graph at {@code /v1/analytics/graphs/cost} until killed.
   *
   * @param args the file to write the port to
   * @throws Exception if the server cannot start
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: StubServer <port-file>");
      System.exit(2);
    }
    StubServer server = start(Map.of(Paths.COST, Fixtures.costGraph(720)));
    Path portFile = Path.of(args[0]);
    Path partial = Path.of(args[0] + ".tmp");
    Files.writeString(partial, Integer.toString(server.listener.getLocalPort()));
    Files.move(partial, portFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    Thread.currentThread().join();
  }

  /** The paths served, relative to the host. */
  public static final class Paths {
    /** The cost graph. */
    public static final String COST = "/v1/analytics/graphs/cost";
    /** The users group. */
    public static final String USERS = "/v1/analytics/groups/users";
    /** The virtual keys listing. */
    public static final String VIRTUAL_KEYS = "/v1/virtual-keys";

    private Paths() {}
  }
}
