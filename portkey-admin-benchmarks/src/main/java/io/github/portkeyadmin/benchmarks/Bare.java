package io.github.portkeyadmin.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * The floor the SDK is measured against: what a team would write by hand with OkHttp and Jackson
 * databind, decoding into plain records with the same Java types as the SDK's models
 * ({@link Instant} timestamps, {@link BigDecimal} money), the same query string and API key
 * header, and no retries, error mapping or validation.
 */
public final class Bare {
  private Bare() {}

  /** A plain mapper: JSR-310 for {@code Instant}, unknown fields ignored (the server adds some). */
  public static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  /** Reads a cost graph. */
  public static final ObjectReader COST = MAPPER.readerFor(CostGraph.class);

  /** Reads a page of users. */
  public static final ObjectReader USERS = MAPPER.readerFor(UsersPage.class);

  /** Reads a page of virtual keys. */
  public static final ObjectReader VIRTUAL_KEYS = MAPPER.readerFor(VirtualKeysPage.class);

  /** Same type as {@link #COST} but with timestamps left as strings: the floor of the floor. */
  public static final ObjectReader COST_STRING_TIMESTAMPS =
      MAPPER.readerFor(CostGraphStringTimestamps.class);

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  /** The cost graph. */
  public record CostGraph(@JsonProperty("summary") CostSummary summary,
      @JsonProperty("data_points") List<CostPoint> dataPoints) {}

  /** The cost summary. */
  public record CostSummary(@JsonProperty("total") BigDecimal total,
      @JsonProperty("avg") BigDecimal avg) {}

  /** One cost bucket. */
  public record CostPoint(@JsonProperty("timestamp") Instant timestamp,
      @JsonProperty("total") BigDecimal total, @JsonProperty("avg") BigDecimal avg) {}

  /** The cost graph with string timestamps. */
  public record CostGraphStringTimestamps(@JsonProperty("summary") CostSummary summary,
      @JsonProperty("data_points") List<CostPointStringTimestamp> dataPoints) {}

  /** One cost bucket with a string timestamp. */
  public record CostPointStringTimestamp(@JsonProperty("timestamp") String timestamp,
      @JsonProperty("total") BigDecimal total, @JsonProperty("avg") BigDecimal avg) {}

  /** A page of users. */
  public record UsersPage(@JsonProperty("total") long total,
      @JsonProperty("data") List<UserRow> data) {}

  /** One user row; the server sends the numbers as strings, which databind coerces. */
  public record UserRow(@JsonProperty("user") String user,
      @JsonProperty("requests") long requests, @JsonProperty("cost") BigDecimal cost) {}

  /** A page of virtual keys. */
  public record VirtualKeysPage(@JsonProperty("total") long total,
      @JsonProperty("data") List<VirtualKey> data) {}

  /** A virtual key, with the fields the SDK's model reads. */
  public record VirtualKey(@JsonProperty("slug") String slug, @JsonProperty("id") String id,
      @JsonProperty("name") String name, @JsonProperty("note") @Nullable String note,
      @JsonProperty("status") String status,
      @JsonProperty("usage_limits") @Nullable UsageLimits usageLimits,
      @JsonProperty("rate_limits") @Nullable List<RateLimit> rateLimits,
      @JsonProperty("expires_at") @Nullable Instant expiresAt,
      @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("reset_usage") @Nullable BigDecimal resetUsage,
      @JsonProperty("workspace_id") String workspaceId,
      @JsonProperty("provider") String provider) {}

  /** A budget. */
  public record UsageLimits(@JsonProperty("credit_limit") BigDecimal creditLimit,
      @JsonProperty("type") String type,
      @JsonProperty("alert_threshold") @Nullable BigDecimal alertThreshold,
      @JsonProperty("periodic_reset") @Nullable String periodicReset,
      @JsonProperty("next_usage_reset_at") @Nullable Instant nextUsageResetAt) {}

  /** A rate limit. */
  public record RateLimit(@JsonProperty("type") String type, @JsonProperty("unit") String unit,
      @JsonProperty("value") long value) {}

  /**
   * The cost graph call by hand: the SDK's query string and key header, one GET, decode the
   * stream.
   *
   * @param http the client
   * @param baseUrl e.g. {@code http://127.0.0.1:1234/v1/}
   * @param workspace the workspace slug
   * @param start the range start
   * @param end the range end
   * @return the decoded graph
   * @throws IOException on any failure, including a non-2xx status
   */
  public static CostGraph cost(OkHttpClient http, HttpUrl baseUrl, String workspace,
      Instant start, Instant end) throws IOException {
    HttpUrl url = baseUrl.newBuilder()
        .addPathSegments("analytics/graphs/cost")
        .addQueryParameter("workspace_slug", workspace)
        .addQueryParameter("time_of_generation_min", SECONDS.format(start.atOffset(ZoneOffset.UTC)))
        .addQueryParameter("time_of_generation_max", SECONDS.format(end.atOffset(ZoneOffset.UTC)))
        .build();
    Request request = new Request.Builder().url(url).header("x-portkey-api-key", "pk-bench").build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return COST.readValue(body.byteStream());
    }
  }

  /**
   * Walks every virtual key by hand, fetching a page only when the previous one is used up and
   * holding one page at a time, as the SDK's auto-pager does.
   *
   * @param http the client
   * @param baseUrl e.g. {@code http://127.0.0.1:1234/v1/}
   * @param pageSize keys per page
   * @return the keys of every page
   */
  public static Iterator<VirtualKey> virtualKeys(OkHttpClient http, HttpUrl baseUrl, int pageSize) {
    return new Iterator<>() {
      private int page = -1;
      private long total = 1;
      private long before;
      private List<VirtualKey> keys = List.of();
      private int next;

      @Override
      public boolean hasNext() {
        if (next == keys.size() && before + keys.size() < total && (page < 0 || !keys.isEmpty())) {
          before += keys.size();
          fetch(++page);
        }
        return next < keys.size();
      }

      @Override
      public VirtualKey next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return keys.get(next++);
      }

      private void fetch(int number) {
        HttpUrl url = baseUrl.newBuilder().addPathSegment("virtual-keys")
            .addQueryParameter("current_page", Integer.toString(number))
            .addQueryParameter("page_size", Integer.toString(pageSize))
            .build();
        Request request =
            new Request.Builder().url(url).header("x-portkey-api-key", "pk-bench").build();
        try (Response response = http.newCall(request).execute()) {
          if (!response.isSuccessful()) {
            throw new IOException("HTTP " + response.code());
          }
          VirtualKeysPage fetched = VIRTUAL_KEYS.readValue(response.body().byteStream());
          keys = fetched.data();
          total = fetched.total();
          next = 0;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /**
   * Releases a bare client's threads and pooled connections, as a hand-written client must.
   *
   * @param http the client
   */
  public static void close(OkHttpClient http) {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
