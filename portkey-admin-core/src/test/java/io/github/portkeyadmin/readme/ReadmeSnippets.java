package io.github.portkeyadmin.readme;

import io.github.portkeyadmin.HttpLogLevel;
import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.ModelAnalytics;
import io.github.portkeyadmin.analytics.TimeRange;
import io.github.portkeyadmin.errors.PortkeyApiException;
import io.github.portkeyadmin.errors.WorkspaceScopedKeyException;
import io.github.portkeyadmin.insights.KeyHealth;
import io.github.portkeyadmin.insights.KeyHealthCheck;
import io.github.portkeyadmin.insights.SpendByModel;
import io.github.portkeyadmin.insights.SpikeDetector;
import io.github.portkeyadmin.insights.SpikeReport;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import io.github.portkeyadmin.virtualkeys.VirtualKeyStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The core's README code blocks, verbatim, so that the compiler checks them; {@link
 * ReadmeSnippetsTest} checks that the README still shows exactly this code.
 */
@SuppressWarnings("unused")
final class ReadmeSnippets {
  /** Stands for the caller's logger in the errors snippet. */
  interface Log {
    void warn(String format, Object... arguments);
  }

  private ReadmeSnippets() {}

  static void quickStart() {
    try (PortkeyAdminClient client = PortkeyAdminClient.fromEnv()) {   // reads PORTKEY_API_KEY
      AnalyticsQuery query = AnalyticsQuery.builder()
          .workspaceSlug("ws-prod")
          .timeRange(TimeRange.lastDays(30))
          .addModel("openai", "gpt-4o")                                 // optional filters
          .build();

      CostAnalytics cost = client.analytics().cost(query);
      System.out.println("30-day spend: $" + cost.summary().totalDollars());
      cost.dataPoints().forEach(p -> System.out.println(p.timestamp() + " " + p.total() + " cents"));

      client.analytics().models(query).autoPager()
          .forEach(m -> System.out.println(m.aiModel().orElse("?") + ": " + m.requests() + " requests"));
    }
  }

  static void errors(PortkeyAdminClient client, AnalyticsQuery query, Log log) {
    try {
      client.analytics().cost(query);
    } catch (WorkspaceScopedKeyException e) {
      // "...Use an organisation Admin API key, or a key with the analytics.view scope..."
    } catch (PortkeyApiException e) {
      log.warn("Portkey said {} ({}), request id {}", e.statusCode(), e.errorCode(), e.requestId());
    }
  }

  static long pagination(PortkeyAdminClient client) {
    long exhausted = client.virtualKeys().list(0, 100).autoPager().stream()
        .filter(k -> k.status().is(VirtualKeyStatus.EXHAUSTED))
        .count();
    return exhausted;
  }

  static PortkeyAdminClient retries() {
    PortkeyAdminClient client = PortkeyAdminClient.builder()
        .fromEnv()
        .maxRetries(4)
        .maxRetryWait(Duration.ofMinutes(2))
        .readTimeout(Duration.ofSeconds(60))
        .maxRequestsPerSecond(5)          // fan-out over many workspaces
        .httpLogging(HttpLogLevel.BASIC)  // to System.Logger "io.github.portkeyadmin.http"
        .build();
    return client;
  }

  static void async(PortkeyAdminClient client, AnalyticsQuery query) {
    CompletableFuture<CostAnalytics> cost = client.analytics().costAsync(query);
    CompletableFuture<Page<VirtualKey>> keys = client.virtualKeys().listAsync();
    try {
      System.out.println(cost.join().summary().totalDollars() + " over " + keys.join().total() + " keys");
    } catch (WorkspaceScopedKeyException e) {
      System.err.println(e.getMessage());
    }
  }

  static void insights(PortkeyAdminClient client) {
    AnalyticsQuery query = AnalyticsQuery.builder()
        .workspaceSlug("ws-prod").timeRange(TimeRange.lastDays(30)).build();

    // Spend by model: ranking, share, trend between the first and second half, total.
    List<ModelAnalytics> rows = client.analytics().models(query).autoPager().stream().toList();
    Map<String, CostAnalytics> series = new LinkedHashMap<>();
    for (ModelAnalytics row : rows) {   // per-model series for the trends; the provider is yours
      row.aiModel().ifPresent(model -> series.put(model, client.analytics().cost(
          AnalyticsQuery.builder().from(query).addModel("openai", model).build())));
    }
    SpendByModel spend = SpendByModel.of(rows, series);
    spend.models().forEach(m -> System.out.println(
        m.model() + " " + m.costDollars().orElseThrow() + " " + m.trend().direction()));
    System.out.println("total $" + spend.totalDollars() + " = " + spend.totalCents() + " cents");

    // Spikes: modified z-score (median and MAD) above 3.5; at least 5 buckets; error rate per bucket.
    SpikeReport spikes = SpikeDetector.defaults()
        .requests(client.analytics().requests(query), client.analytics().errors(query));
    System.out.println(spikes.status() + ": " + spikes.reason());
    System.out.println(spikes.errorRateStatus() + ": " + spikes.errorRateReason());

    // Virtual key health: EXHAUSTED, EXPIRED, UNKNOWN_STATUS, EXPIRING (7 days), NEAR_LIMIT, HEALTHY.
    KeyHealthCheck check = KeyHealthCheck.at(Clock.systemUTC());
    for (KeyHealth health : check.checkAll(client.virtualKeys().list().autoPager().stream().toList())) {
      System.out.println(health.verdict() + " " + health.key().slug() + ": " + health.reason());
    }
  }
}
