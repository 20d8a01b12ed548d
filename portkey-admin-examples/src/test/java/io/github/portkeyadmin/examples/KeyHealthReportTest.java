package io.github.portkeyadmin.examples;

import static io.github.portkeyadmin.examples.Runs.demo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.portkeyadmin.examples.Runs.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyHealthReportTest {
  @Test
  void flagsTheExhaustedExpiredUnknownExpiringAndNearLimitKeysFirst() {
    Result run = demo(KeyHealthReport.ABOUT, KeyHealthReport::run);

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Virtual keys: 12, 5 need attention (usage measured for 5 keys with budgets)")
        .containsPattern("EXHAUSTED +openai-batch +status exhausted: \\$250\\.00 monthly cost "
            + "budget used up; resets 2026-04-01 \\(in 14 days\\)")
        .containsPattern("EXPIRED +mistral-sandbox +status expired; expires_at 2026-03-06")
        .containsPattern("UNKNOWN_STATUS +azure-legacy +status \"suspended\" is not one this SDK "
            + "knows")
        .containsPattern("EXPIRING +gemini-eval +expires 2026-03-21 \\(in 3 days\\)")
        .containsPattern("NEAR_LIMIT +anthropic-prod +used \\$702\\.15 of its \\$798\\.00 30-day "
            + "cost budget \\(88\\.0%\\), alert at \\$678\\.00")
        .containsPattern("HEALTHY +openai-prod +active; no expiry; \\$6,000\\.00 monthly cost "
            + "budget, \\$849\\.21 used \\(14\\.2%\\)")
        .containsPattern("HEALTHY +anthropic-research .*tokens used \\(35\\.0%\\)");
    assertThat(run.out().indexOf("EXHAUSTED")).isLessThan(run.out().indexOf("EXPIRING"));
    assertThat(run.out().indexOf("NEAR_LIMIT")).isLessThan(run.out().indexOf("HEALTHY"));
  }

  @Test
  void jsonHasOneVerdictPerKeyMostUrgentFirst() {
    JsonNode json = demo(KeyHealthReport.ABOUT, KeyHealthReport::run, "--json").json();

    assertThat(json).hasSize(12);
    List<String> verdicts = new ArrayList<>();
    json.forEach(health -> verdicts.add(health.get("verdict").asText()));
    assertThat(verdicts).startsWith("EXHAUSTED", "EXPIRED", "UNKNOWN_STATUS", "EXPIRING",
        "NEAR_LIMIT", "HEALTHY");
    assertThat(json.get(3).get("key").get("slug").asText()).isEqualTo("gemini-eval");
    assertThat(json.get(4).get("used_percent").decimalValue()).isEqualByComparingTo("88.0");
  }
}
