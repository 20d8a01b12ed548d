package io.github.portkeyadmin.benchmarks;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.TimeRange;
import java.time.Duration;

/**
 * Target 4, cold start, SDK side: a fresh JVM builds a client, makes one cost call to the stub
 * server and prints what it decoded. Timed as a whole process by {@code run-benchmarks.sh}.
 */
public final class ColdStartSdk {
  private ColdStartSdk() {}

  /**
   * Runs one call.
   *
   * @param args the base URL, e.g. {@code http://127.0.0.1:1234/v1/}
   */
  public static void main(String[] args) {
    try (PortkeyAdminClient client =
        PortkeyAdminClient.builder().apiKey("pk-bench").baseUrl(args[0]).build()) {
      CostAnalytics cost = client.analytics().cost(AnalyticsQuery.builder()
          .workspaceSlug("ws-bench")
          .timeRange(TimeRange.of(Fixtures.FIRST_BUCKET,
              Fixtures.FIRST_BUCKET.plus(Duration.ofDays(30))))
          .build());
      System.out.println("sdk: " + cost.dataPoints().size() + " points, first "
          + cost.dataPoints().get(0).timestamp() + ", total " + cost.summary().total());
    }
  }
}
