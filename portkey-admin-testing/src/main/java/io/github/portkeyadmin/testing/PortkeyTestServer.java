package io.github.portkeyadmin.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.testing.AnalyticsAnswers.BadQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * A fake Portkey Admin API on loopback for tests of code that uses {@link PortkeyAdminClient}: it
 * answers every GET the SDK covers from an {@link Organisation}, through the client's real HTTP
 * stack, and can fail on demand and tell what it was asked.
 *
 * <pre>
 * try (PortkeyTestServer server = PortkeyTestServer.start()) {
 *   server.failNext(1, "/virtual-keys", Fault.rateLimited(Duration.ofSeconds(1)));
 *   List&lt;VirtualKey&gt; keys = server.client().virtualKeys().list(0, 50).items();
 *   assertEquals(2, server.requests().size());
 * }
 * </pre>
 *
 * <p>Requests are routed by their exact path. A wrong or missing key gets 401 {@code AB05}, an
 * unknown path or id 404 {@code AB08}, a bad analytics query 400 {@code AB01}, another method
 * than GET 405, in the body shape of the real server. Listings page as the real API does:
 * {@code current_page} from 0, {@code page_size} (50 by default for virtual keys and providers,
 * everything for the others), and the {@code total}. The server binds {@code 127.0.0.1} on a free
 * port, is safe to call from several threads, and its data is rendered once at start.
 */
public final class PortkeyTestServer implements AutoCloseable {
  /** The key the server accepts, {@value}. Not a real key. */
  public static final String API_KEY = "pk-test-not-a-real-key";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String KEY_HEADER = "x-portkey-api-key";
  private static final int DEFAULT_PAGE_SIZE = 50;
  private static final AtomicLong REQUEST_IDS = new AtomicLong();

  private final MockWebServer server = new MockWebServer();
  private final Organisation organisation;
  private final Listings listings;
  private final AnalyticsAnswers analytics;
  private final List<ReceivedRequest> received = new ArrayList<>();
  private final Faults faults = new Faults();
  private @Nullable PortkeyAdminClient client;

  private PortkeyTestServer(Organisation organisation) {
    this.organisation = organisation;
    Instant now = organisation.now().orElseGet(() -> Clock.systemUTC().instant());
    Traffic traffic = new Traffic(organisation, now);
    this.listings = new Listings(organisation, now, traffic);
    this.analytics = new AnalyticsAnswers(organisation, traffic, listings);
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
    PortkeyTestServer started =
        new PortkeyTestServer(Objects.requireNonNull(organisation, "organisation == null"));
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
   * A client pointed at this server with the SDK's default settings (retries included), made on
   * first call and closed by {@link #close()}.
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
   * Answers the next {@code times} requests to {@code path} with the fault, then answers normally
   * again. Faults queue: each request takes the oldest one that matches it.
   *
   * @param times how many requests, at least 1
   * @param path a path below {@code /v1}, e.g. {@code /virtual-keys}, a spec template such as
   *     {@code /logs/exports/{exportId}}, or {@code *} for every path
   * @param fault the answer to give
   * @throws IllegalArgumentException if times is below 1
   */
  public void failNext(int times, String path, Fault fault) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be >= 1, got " + times);
    }
    faults.add(path, fault, times);
  }

  /**
   * Answers every request to {@code path} with the fault until {@link #clearFaults()}.
   *
   * @param path as for {@link #failNext}
   * @param fault the answer to give
   */
  public void failAlways(String path, Fault fault) {
    faults.add(path, fault, Integer.MAX_VALUE);
  }

  /** Forgets every fault not yet used: requests are answered normally again. */
  public void clearFaults() {
    faults.clear();
  }

  /**
   * The requests received so far, oldest first.
   *
   * @return a snapshot, without the API key's value
   */
  public List<ReceivedRequest> requests() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /**
   * The requests received so far to one path.
   *
   * @param path a path below {@code /v1}, e.g. {@code /virtual-keys}
   * @return a snapshot, oldest first
   */
  public List<ReceivedRequest> requests(String path) {
    String wanted = Faults.normalise(path);
    return requests().stream().filter(r -> r.path().equals(wanted)).toList();
  }

  /**
   * How many requests the server has received.
   *
   * @return the count since start
   */
  public int requestCount() {
    return requests().size();
  }

  /** Closes the client of {@link #client()}, if made, and stops the server. */
  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  /**
   * Names the server by its base URL and organisation; never prints a key.
   *
   * @return e.g. {@code PortkeyTestServer[http://127.0.0.1:40123/v1/, Acme Robotics]}
   */
  @Override
  public String toString() {
    return "PortkeyTestServer[" + baseUrl() + ", " + organisation.name() + "]";
  }

  private final class Routes extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      HttpUrl url = request.getUrl();
      String path = url.encodedPath().startsWith("/v1/")
          ? url.encodedPath().substring(3) : url.encodedPath();
      Map<String, String> query = new LinkedHashMap<>();
      for (String name : url.queryParameterNames()) {
        String value = url.queryParameter(name);
        query.put(name, value == null ? "" : value);
      }
      boolean keyPresent = request.getHeaders().get(KEY_HEADER) != null;
      MockResponse answer = answer(request, path, query);
      Optional<Fault> fault = faults.take(path);
      if (fault.isPresent()) {
        answer = fault.get().apply(answer);
      }
      synchronized (received) {
        received.add(new ReceivedRequest(request.getMethod(), path, query, keyPresent,
            fault.map(Fault::statusCode).orElse(answer.getCode())));
      }
      return answer;
    }
  }

  private MockResponse answer(RecordedRequest request, String path, Map<String, String> query) {
    if (!"GET".equals(request.getMethod())) {
      return error(405, "AB01", "the Portkey test server only answers GET");
    }
    if (!API_KEY.equals(request.getHeaders().get(KEY_HEADER))) {
      return error(401, "AB05", "Unauthorised Request");
    }
    try {
      JsonNode body = route(path, query);
      return body == null ? error(404, "AB08", "no such endpoint or id: " + path) : ok(body);
    } catch (BadQuery e) {
      return error(400, "AB01", e.getMessage());
    }
  }

  private @Nullable JsonNode route(String path, Map<String, String> query) {
    String workspaceId = query.get("workspace_id");
    switch (path) {
      case "/admin/workspaces":
        return page(listings.workspaces(), query, Integer.MAX_VALUE);
      case "/virtual-keys":
        return page(listings.virtualKeys(), query, DEFAULT_PAGE_SIZE);
      case "/providers":
        return page(inWorkspace(listings.providers(), workspaceId), query, DEFAULT_PAGE_SIZE);
      case "/logs/exports":
        List<JsonNode> exports = inWorkspace(listings.logExports(), workspaceId);
        return list(exports, exports.size());
      case "/api-keys":
        return page(inWorkspace(listings.apiKeys(), workspaceId), query, Integer.MAX_VALUE);
      default:
        return routeTemplates(path, query);
    }
  }

  private @Nullable JsonNode routeTemplates(String path, Map<String, String> query) {
    String[] parts = path.substring(1).split("/", -1);
    if (path.startsWith("/analytics/")) {
      return analytics(path.substring("/analytics/".length()), query);
    }
    if (parts.length == 3 && parts[0].equals("admin") && parts[1].equals("workspaces")) {
      return listings.workspaceDetails(parts[2]).orElse(null);
    }
    if (parts.length == 2 && parts[0].equals("virtual-keys")) {
      return listings.virtualKey(parts[1]).orElse(null);
    }
    if (parts.length >= 3 && parts[0].equals("logs") && parts[1].equals("exports")) {
      Optional<JsonNode> export = listings.logExport(parts[2]);
      if (parts.length == 3) {
        return export.orElse(null);
      }
      if (parts.length == 4 && parts[3].equals("download") && export.isPresent()) {
        return JSON.objectNode().put("signed_url", "http://127.0.0.1:" + server.getPort()
            + "/downloads/" + parts[2] + ".jsonl?X-Amz-Signature=not-a-real-signature");
      }
    }
    return null;
  }

  private @Nullable JsonNode analytics(String path, Map<String, String> query) {
    switch (path) {
      case "groups/users":
        return page(analytics.users(analytics.query(query)), query, Integer.MAX_VALUE);
      case "groups/ai-models":
        return page(analytics.models(analytics.query(query)), query, Integer.MAX_VALUE);
      case "groups/provider":
        return page(analytics.providers(analytics.query(query)), query, Integer.MAX_VALUE);
      case "groups/workspace":
        return page(analytics.workspaces(analytics.query(query)), query, Integer.MAX_VALUE);
      default:
        if (path.startsWith("groups/metadata/") && path.length() > "groups/metadata/".length()) {
          String key = HttpUrl.get("http://x/" + path).pathSegments().get(2);
          return page(analytics.metadata(key, analytics.query(query)), query, Integer.MAX_VALUE);
        }
        return AnalyticsAnswers.GRAPHS.contains(path)
            ? analytics.answer(path, analytics.query(query)) : null;
    }
  }

  /** All rows, or those of the workspace named by {@code workspace_id} (UUID or slug). */
  private List<JsonNode> inWorkspace(List<JsonNode> rows, @Nullable String workspaceId) {
    return workspaceId == null || workspaceId.isBlank() ? rows
        : listings.inWorkspace(rows, workspaceId);
  }

  /** One page of rows, numbered from 0 by {@code current_page}. */
  private static JsonNode page(List<JsonNode> rows, Map<String, String> query, int defaultSize) {
    int page = number(query, "current_page", 0);
    int size = number(query, "page_size", Math.min(defaultSize, Math.max(rows.size(), 1)));
    int from = (int) Math.min((long) page * size, rows.size());
    int to = (int) Math.min((long) from + size, rows.size());
    return list(rows.subList(from, to), rows.size());
  }

  private static JsonNode list(List<JsonNode> rows, int total) {
    ObjectNode body = JSON.objectNode().put("object", "list").put("total", total);
    body.putArray("data").addAll(rows);
    return body;
  }

  private static int number(Map<String, String> query, String name, int fallback) {
    String value = query.get(name);
    try {
      return value == null ? fallback : Math.max(0, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw new BadQuery(name + " must be a whole number, got " + value);
    }
  }

  private static MockResponse ok(JsonNode body) {
    return respond(200, body.toString());
  }

  private static MockResponse error(int code, String errorCode, String message) {
    return respond(code, Fault.errorBody(errorCode, message).toString());
  }

  static MockResponse respond(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .addHeader("x-portkey-request-id", "test-" + REQUEST_IDS.incrementAndGet())
        .body(body)
        .build();
  }

  /** The body of an answer made by {@link #respond}. */
  static String bodyOf(MockResponse response) {
    Buffer buffer = new Buffer();
    try {
      Objects.requireNonNull(response.getBody(), "no body").writeTo(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readString(StandardCharsets.UTF_8);
  }
}
