package io.github.portkeyadmin.examples;

import static io.github.portkeyadmin.examples.Runs.demo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.portkeyadmin.examples.Runs.Result;
import org.junit.jupiter.api.Test;

/**
 * The demo's runaway job is 50 hours before now, its outage 100 and 99 hours before; 1,615 errors
 * in 125,934 requests is the 1.28% overall.
 */
class UsageSpikesTest {
  @Test
  void flagsTheRequestAndTokenSpikeAndTheErrorRateSpike() {
    Result run = demo(UsageSpikes.ABOUT, UsageSpikes::run);

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Requests, last 7 days, workspace ws-prod: 125,934 in 169 hourly buckets")
        .contains("SPIKES: 1 of 169 buckets stands out (modified z-score above 3.5; median 579, "
            + "MAD 240)")
        .containsPattern("2026-03-16T08:00:00Z +5,550 +579 +14\\.0")
        .contains("Error rates: 1,615 errors")
        .contains("SPIKES: 2 of 169 error rates stand out (median 1.18%); overall 1.28%")
        .containsPattern("2026-03-14T06:00:00Z +42 +222 +18\\.9%")
        .containsPattern("2026-03-14T07:00:00Z +63 +329 +19\\.1%")
        .containsPattern("2026-03-16T08:00:00Z +8,063,500 +849,000 +13\\.7");
  }

  @Test
  void jsonHasBothReportsWithEveryBucket() {
    JsonNode json = demo(UsageSpikes.ABOUT, UsageSpikes::run, "--json").json();

    JsonNode requests = json.get("requests");
    assertThat(requests.get("status").asText()).isEqualTo("SPIKES");
    assertThat(requests.get("error_rate_status").asText()).isEqualTo("SPIKES");
    assertThat(requests.get("buckets")).hasSize(169);
    JsonNode spike = null;
    for (JsonNode bucket : requests.get("buckets")) {
      if (bucket.get("spike").asBoolean()) {
        spike = bucket;
      }
    }
    assertThat(spike).isNotNull();
    assertThat(spike.get("timestamp").asText()).isEqualTo("2026-03-16T08:00:00Z");
    assertThat(spike.get("value").asLong()).isEqualTo(5550);
    assertThat(json.get("tokens").get("error_rate_status").asText()).isEqualTo("NO_DATA");
  }
}
