package io.github.portkeyadmin.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.portkeyadmin.testing.DemoAnalytics.BadQuery;
import io.github.portkeyadmin.testing.DemoAnalytics.Graph;
import io.github.portkeyadmin.PortkeyAdminClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A fake Portkey Admin API on loopback for tests of code that uses {@link PortkeyAdminClient}: it
 * serves an {@link Organisation}'s data through the real HTTP stack of the client.
 *
 * <pre>
 * try (PortkeyTestServer server = PortkeyTestServer.start()) {
 *   PortkeyAdminClient client = server.client();
 *   ...
 * }
 * </pre>
 *
 * <p>Requests are routed by their exact path; anything else is a Portkey-shaped 404, a wrong key a
 * 401 ({@code AB05}) and a bad analytics query a 400 ({@code AB01}), as the real server answers.
 * The server binds {@code 127.0.0.1} on a free port and is safe to call from several threads.
 */
public final class PortkeyTestServer implements AutoCloseable {
  /** The key the server accepts, {@value}. Not a real key. */
  public static final String API_KEY = "pk-test-not-a-real-key";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final MockWebServer server = new MockWebServer();
  private final Organisation organisation;
  private final DemoOrg org;
  private final DemoAnalytics analytics;
  private @Nullable PortkeyAdminClient client;

  private PortkeyTestServer(Organisation organisation) {
    this.organisation = organisation;
    this.org = new DemoOrg(organisation.now().orElseGet(() -> Clock.systemUTC().instant()));
    this.analytics = new DemoAnalytics(org);
    server.setDispatcher(new Routes());
  }

  /**
   * Starts a server of the default organisation, {@link Organisation#demo()}, with its data
   * relative to now.
   *
   * @return the started server; close it when done
   * @throws UncheckedIOException if no loopback port can be bound
   */
  public static PortkeyTestServer start() {
    return start(Organisation.demo());
  }

  /**
   * Starts a server of the given organisation on a free loopback port.
   *
   * @param organisation what the server serves
   * @return the started server; close it when done
   * @throws UncheckedIOException if no loopback port can be bound
   */
  public static PortkeyTestServer start(Organisation organisation) {
    PortkeyTestServer started = new PortkeyTestServer(organisation);
    try {
      started.server.start(InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1}), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Portkey test server on loopback", e);
    }
    return started;
  }

  /**
   * The base URL to give a client.
   *
   * @return {@code http://127.0.0.1:PORT/v1/}
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getPort() + "/v1/";
  }

  /**
   * The fake API key the server accepts; any other key gets a 401 with {@code AB05}.
   *
   * @return {@value #API_KEY}
   */
  public String apiKey() {
    return API_KEY;
  }

  /**
   * The organisation the server serves.
   *
   * @return the description it was started with
   */
  public Organisation organisation() {
    return organisation;
  }

  /**
   * A builder with this server's key and base URL set, for further settings (retries, clock,
   * sleeper, timeouts); the caller closes what it builds.
   *
   * @return a new builder
   */
  public PortkeyAdminClient.Builder clientBuilder() {
    return PortkeyAdminClient.builder().apiKey(API_KEY).baseUrl(baseUrl());
  }

  /**
   * A client pointed at this server with the SDK's default settings, made on first call and
   * closed by {@link #close()}.
   *
   * @return the same client on every call
   */
  public synchronized PortkeyAdminClient client() {
    if (client == null) {
      client = clientBuilder().build();
    }
    return client;
  }

  /**
   * How many requests the server has received.
   *
   * @return the count since start
   */
  public int requestCount() {
    return server.getRequestCount();
  }

  /** Closes the client of {@link #client()}, if made, and stops the server. */
  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  private final class Routes extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (!"GET".equals(request.getMethod())) {
        return error(405, "AB01", "the demo server only answers GET");
      }
      if (!API_KEY.equals(request.getHeaders().get("x-portkey-api-key"))) {
        return error(401, "AB05", "Unauthorised Request");
      }
      HttpUrl url = request.getUrl();
      try {
        return switch (url.encodedPath()) {
          case "/v1/analytics/graphs/cost" -> ok(analytics.graph(url, Graph.COST));
          case "/v1/analytics/graphs/requests" -> ok(analytics.graph(url, Graph.REQUESTS));
          case "/v1/analytics/graphs/tokens" -> ok(analytics.graph(url, Graph.TOKENS));
          case "/v1/analytics/graphs/errors" -> ok(analytics.graph(url, Graph.ERRORS));
          case "/v1/analytics/groups/users" -> ok(page(analytics.users(url), url));
          case "/v1/analytics/groups/ai-models" -> ok(page(analytics.models(url), url));
          case "/v1/admin/workspaces" -> ok(page(org.workspaces(), url));
          case "/v1/virtual-keys" -> ok(page(org.virtualKeys(), url));
          case "/v1/logs/exports" -> ok(list(org.logExports(), org.logExports().size()));
          default -> error(404, "AB08", "no such endpoint: " + url.encodedPath());
        };
      } catch (BadQuery e) {
        return error(400, "AB01", e.getMessage());
      }
    }
  }

  /** One page of rows, numbered from 0 by {@code current_page}, all rows without page size. */
  private static JsonNode page(List<JsonNode> rows, HttpUrl url) {
    int page = number(url, "current_page", 0);
    int size = number(url, "page_size", rows.size());
    int from = (int) Math.min((long) page * size, rows.size());
    int to = (int) Math.min((long) from + size, rows.size());
    return list(rows.subList(from, to), rows.size());
  }

  private static JsonNode list(List<JsonNode> rows, int total) {
    ObjectNode body = JSON.objectNode().put("object", "list").put("total", total);
    body.putArray("data").addAll(rows);
    return body;
  }

  private static int number(HttpUrl url, String name, int fallback) {
    String value = url.queryParameter(name);
    try {
      return value == null ? fallback : Math.max(0, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw new BadQuery(name + " must be a whole number, got " + value);
    }
  }

  private static MockResponse ok(JsonNode body) {
    return respond(200, body);
  }

  private static MockResponse error(int code, String errorCode, String message) {
    ObjectNode body = JSON.objectNode().put("success", false);
    body.putObject("data").put("message", message).put("errorCode", errorCode);
    return respond(code, body);
  }

  private static MockResponse respond(int code, JsonNode body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .addHeader("x-portkey-request-id", "demo-" + Long.toHexString(System.nanoTime()))
        .body(body.toString())
        .build();
  }
}
