package io.github.portkeyadmin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The README's "shape the organisation" snippet, verbatim, run: the organisation it builds has
 * what the README says. {@code ReadmeSnippetsTest} in core checks the README still shows it.
 */
class ShapingSnippetTest {
  @Test
  void theShapingSnippetBuildsWhatItSays() {
    Organisation org = Organisation.demo()
        .at(Instant.parse("2026-03-18T10:30:00Z"))                          // fix the clock
        .plusVirtualKey(FakeKey.of("demo-day", "openai").expiringIn(Duration.ofDays(1)))
        .plusVirtualKey(FakeKey.of("hot", "openai").withTrafficShare(0.2)   // 95% of its budget used
            .withBudget(Budget.costDollars(1).sizedToUse(95).monthly()))
        .withDailySpend("gpt-4o", new BigDecimal("250"))                     // dollars per UTC day
        .withTraffic(FakeTraffic.demo().withoutSpike());
    Organisation paging = Organisation.demo().withVirtualKeys(FakeKey.many("key-", 10_000));

    assertThat(org.virtualKeys()).hasSize(14);
    assertThat(org.traffic().spikeRequests()).isZero();
    assertThat(paging.virtualKeys()).hasSize(10_000);
  }
}
