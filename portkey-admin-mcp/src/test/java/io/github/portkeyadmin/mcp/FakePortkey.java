package io.github.portkeyadmin.mcp;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A loopback Portkey Admin API with fixtures shaped like the live server's (API-FACTS.md §1, §3,
 * §11), computed relative to now so verdicts and windows hold on any day. Scripted answers
 * ({@link #failNext}) are served first, to drive errors and retries.
 */
final class FakePortkey implements AutoCloseable {
  static final String API_KEY = "pk-admin-SECRET-4f1d9c2e7a";
  /** Daily cost, cents: 30 days of 1000 then 3000 (the second half costs more). */
  static final int COST_DAYS = 30;
  static final int REQUEST_HOURS = 24;
  /** The hour whose requests spike: 100 an hour, 1000 in this one. */
  static final int SPIKE_HOUR = 17;
  /** The hour whose errors spike: 2 an hour, 40 in this one (40% of its 100 requests). */
  static final int ERROR_HOUR = 5;

  private final MockWebServer server = new MockWebServer();
  private final Deque<MockResponse> scripted = new ArrayDeque<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private final int virtualKeys;

  FakePortkey(int virtualKeys) {
    this.virtualKeys = virtualKeys;
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        synchronized (scripted) {
          if (!scripted.isEmpty()) {
            return scripted.poll();
          }
        }
        return answer(request);
      }
    });
  }

  static FakePortkey start(int virtualKeys) throws IOException {
    FakePortkey fake = new FakePortkey(virtualKeys);
    fake.server.start(InetAddress.getLoopbackAddress(), 0);
    return fake;
  }

  String baseUrl() {
    return server.url("/v1/").toString();
  }

  List<RecordedRequest> requests() {
    return requests;
  }

  Instant now() {
    return now;
  }

  void failNext(MockResponse... responses) {
    synchronized (scripted) {
      scripted.addAll(List.of(responses));
    }
  }

  static MockResponse error(int status, String code, String message) {
    return json(status, "{\"success\":false,\"data\":{\"message\":\"" + message
        + "\",\"errorCode\":\"" + code + "\"}}");
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
        .addHeader("x-portkey-request-id", "req-" + status).body(body).build();
  }

  private MockResponse answer(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    if (!API_KEY.equals(request.getHeaders().get("x-portkey-api-key"))) {
      return error(401, "AB05", "Unauthorised Request");
    }
    return switch (url.encodedPath()) {
      case "/v1/analytics/graphs/cost" -> json(200, cost(url.queryParameter("ai_org_model")));
      case "/v1/analytics/graphs/requests" -> json(200, hourly(100, 1000, "total", SPIKE_HOUR));
      case "/v1/analytics/graphs/errors" -> json(200, hourly(2, 40, "total", ERROR_HOUR));
      case "/v1/analytics/graphs/tokens" -> json(200, tokens());
      case "/v1/analytics/groups/users" -> json(200, users());
      case "/v1/analytics/groups/ai-models" -> json(200, models());
      case "/v1/admin/workspaces" -> json(200, workspaces());
      case "/v1/virtual-keys" -> json(200, keys(page(url, "current_page"), page(url, "page_size")));
      case "/v1/logs/exports" -> json(200, exports(url.queryParameter("workspace_id")));
      default -> error(404, "AB08", "no route " + url.encodedPath());
    };
  }

  private static int page(HttpUrl url, String name) {
    String value = url.queryParameter(name);
    return value == null ? 0 : Integer.parseInt(value);
  }

  /** 30 daily buckets: 1000 cents a day for 15 days, then 3000; gpt-4o is 3/4, claude 1/4. */
  private String cost(String model) {
    Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(COST_DAYS - 1));
    int share = model == null ? 4 : model.equals("openai__gpt-4o") ? 3 : model.startsWith(
        "anthropic__") ? 1 : 0;
    List<String> points = new ArrayList<>();
    long total = 0;
    for (int day = 0; day < COST_DAYS; day++) {
      long cents = (day < COST_DAYS / 2 ? 1000 : 3000) * share / 4;
      total += cents;
      points.add(String.format(Locale.ROOT, "{\"timestamp\":\"%s\",\"total\":%d,\"avg\":2}",
          start.plus(Duration.ofDays(day)), cents));
    }
    return "{\"summary\":{\"total\":" + total + ",\"avg\":2},\"data_points\":[" + String.join(",",
        points) + "],\"is_quota_exceeded\":false,\"object\":\"analytics-graph\"}";
  }

  /** 24 hourly buckets of {@code usual}, {@code spike} in hour {@code spikeHour}. */
  private String hourly(long usual, long spike, String field, int spikeHour) {
    Instant start = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(REQUEST_HOURS - 1));
    List<String> points = new ArrayList<>();
    long total = 0;
    for (int hour = 0; hour < REQUEST_HOURS; hour++) {
      long value = hour == spikeHour ? spike : usual;
      total += value;
      points.add("{\"timestamp\":\"" + start.plus(Duration.ofHours(hour)) + "\",\"" + field
          + "\":" + value + "}");
    }
    return "{\"summary\":{\"total\":" + total + "},\"data_points\":[" + String.join(",", points)
        + "],\"object\":\"analytics-graph\"}";
  }

  private String tokens() {
    return hourly(5000, 5000, "total", SPIKE_HOUR).replace("{\"total\":120000}",
        "{\"total\":120000,\"avg\":50}");
  }

  private static String users() {
    return "{\"object\":\"list\",\"total\":3,\"data\":["
        + "{\"user\":\"alice\",\"requests\":\"1200\",\"cost\":\"4550\",\"object\":\"analytics-group\"},"
        + "{\"user\":\"bob\",\"requests\":\"300\",\"cost\":\"1000.5\",\"object\":\"analytics-group\"},"
        + "{\"user\":\"carol\",\"requests\":\"7\",\"cost\":\"0\",\"object\":\"analytics-group\"}]}";
  }

  private static String models() {
    return "{\"object\":\"list\",\"total\":3,\"data\":["
        + "{\"ai_model\":\"gpt-4o\",\"requests\":\"900\",\"cost\":22500,\"object\":\"analytics-group\"},"
        + "{\"ai_model\":\"claude-3-5-sonnet\",\"requests\":\"400\",\"object\":\"analytics-group\"},"
        + "{\"ai_model\":\"llama-3-70b\",\"requests\":\"50\",\"cost\":125,\"object\":\"analytics-group\"}]}";
  }

  private static String workspaces() {
    return "{\"object\":\"list\",\"total\":2,\"data\":["
        + "{\"id\":\"6c1e0f5a-0000-4000-8000-000000000001\",\"slug\":\"ws-prod-1a2b3c\",\"name\":\"Production\",\"status\":\"active\",\"usage_limits\":null,\"rate_limits\":null,\"object\":\"workspace\"},"
        + "{\"id\":\"6c1e0f5a-0000-4000-8000-000000000002\",\"slug\":\"ws-lab-4d5e6f\",\"name\":\"Lab\",\"status\":\"archived\",\"defaults\":null,\"object\":\"workspace\"}]}";
  }

  private String exports(String workspace) {
    String id = workspace == null ? "none" : workspace.substring(workspace.length() - 1);
    return "{\"object\":\"list\",\"total\":1,\"data\":[{\"id\":\"exp-" + id + "\",\"workspace_id\":\""
        + workspace + "\",\"status\":\"success\",\"description\":\"weekly audit " + id
        + "\",\"requested_data\":[\"id\",\"cost\",\"ai_model\"],\"created_at\":\"" + now.minus(
            Duration.ofDays(2)) + "\",\"object\":\"export\"}]}";
  }

  /**
   * Keys {@code key-000}...: key 0 exhausted, key 1 expiring in 2 days, key 2 expired by date,
   * key 3 with a $100 monthly cost budget (usage measured), the rest active without expiry.
   */
  private String keys(int page, int pageSize) {
    List<String> rows = new ArrayList<>();
    for (int i = page * pageSize; i < Math.min(virtualKeys, (page + 1) * pageSize); i++) {
      rows.add(key(i));
    }
    return "{\"object\":\"list\",\"total\":" + virtualKeys + ",\"data\":[" + String.join(",", rows)
        + "]}";
  }

  private String key(int i) {
    String status = i == 0 ? "exhausted" : "active";
    String expires = i == 1 ? "\"" + now.plus(Duration.ofDays(2)) + "\""
        : i == 2 ? "\"" + now.minus(Duration.ofDays(1)) + "\"" : "null";
    String limits = i == 3
        ? "{\"credit_limit\":100,\"type\":\"cost\",\"alert_threshold\":null,\"periodic_reset\":\"monthly\"}"
        : "null";
    return String.format(Locale.ROOT, "{\"id\":\"k-%03d\",\"name\":\"Key %d\",\"slug\":\"key-%03d\","
        + "\"provider\":\"openai\",\"status\":\"%s\",\"usage_limits\":%s,\"rate_limits\":null,"
        + "\"expires_at\":%s,\"created_at\":\"%s\",\"object\":\"virtual-key\"}", i, i, i, status,
        limits, expires, now.minus(Duration.ofDays(400)));
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
