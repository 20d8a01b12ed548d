package io.github.portkeyadmin.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.portkeyadmin.examples.DemoAnalytics.BadQuery;
import io.github.portkeyadmin.examples.DemoAnalytics.Graph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * An embedded Portkey Admin API on loopback, serving {@link DemoOrg}'s data for the calls the
 * examples make: the cost, requests, tokens and errors graphs, the users and models groups, and the
 * workspaces, virtual keys and log exports listings. Requests are routed by their exact path; anything else is a Portkey-shaped 404, a wrong
 * key a 401 and a bad analytics query a 400, as the real server answers.
 */
final class DemoServer implements AutoCloseable {
  /** The key the demo server accepts. Not a real key. */
  static final String API_KEY = "pk-demo-not-a-real-key";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final MockWebServer server = new MockWebServer();
  private final DemoOrg org;
  private final DemoAnalytics analytics;

  private DemoServer(DemoOrg org) {
    this.org = org;
    this.analytics = new DemoAnalytics(org);
    server.setDispatcher(new Routes());
  }

  /** Starts a server on a free loopback port, with data relative to the clock's now. */
  static DemoServer start(Clock clock) {
    DemoServer demo = new DemoServer(new DemoOrg(clock.instant()));
    try {
      demo.server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the demo server on loopback", e);
    }
    return demo;
  }

  /** The base URL to give the client: {@code http://127.0.0.1:PORT/v1/}. */
  String baseUrl() {
    return server.url("/v1/").toString();
  }

  /** How many requests the server has answered. */
  int requestCount() {
    return server.getRequestCount();
  }

  @Override
  public void close() {
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
