package io.github.portkeyadmin.testing.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.insights.KeyHealthCheck;
import io.github.portkeyadmin.insights.KeyVerdict;
import io.github.portkeyadmin.testing.Budget;
import io.github.portkeyadmin.testing.Fault;
import io.github.portkeyadmin.testing.FakeKey;
import io.github.portkeyadmin.testing.Organisation;
import io.github.portkeyadmin.testing.PortkeyTestServer;
import io.github.portkeyadmin.testing.PortkeyTestServerExtension;
import io.github.portkeyadmin.testing.ReceivedRequest;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The consumer test of the README's "Testing your code" section, word for word: it uses only the
 * public API of core and the kit, and JUnit's own assertions.
 */
class BudgetAlertTest {
  /** The code under test: a job that names the virtual keys whose budget is used up. */
  static List<String> exhaustedKeys(PortkeyAdminClient client) {
    KeyHealthCheck check = KeyHealthCheck.at(Clock.systemUTC());
    List<String> alerts = new ArrayList<>();
    for (VirtualKey key : client.virtualKeys().list().autoPager()) {
      if (check.check(key).verdict() == KeyVerdict.EXHAUSTED) {
        alerts.add(key.slug());
      }
    }
    return alerts;
  }

  @RegisterExtension
  static PortkeyTestServerExtension portkey = PortkeyTestServerExtension.perTest()
      .organisation(Organisation.demo()
          .withVirtualKeys(List.of(
              FakeKey.of("nightly-batch", "openai").exhausted()
                  .withBudget(Budget.costDollars(100).monthly()),
              FakeKey.of("chat-prod", "anthropic")
                  .withBudget(Budget.costDollars(5000).monthly()))));

  @Test
  void budgetAlertFiresForAnExhaustedKey(PortkeyAdminClient client) {
    assertEquals(List.of("nightly-batch"), exhaustedKeys(client));
  }

  @Test
  void jobRetriesA429(PortkeyTestServer server) {
    server.failNext(1, "/virtual-keys", Fault.rateLimited(Duration.ofSeconds(1)));
    List<Duration> waits = new ArrayList<>();

    try (PortkeyAdminClient client = server.clientBuilder().sleeper(waits::add).build()) {
      assertEquals(List.of("nightly-batch"), exhaustedKeys(client));
    }

    assertEquals(List.of(Duration.ofSeconds(1)), waits);
    List<ReceivedRequest> calls = server.requests("/virtual-keys");
    assertEquals(List.of(429, 200), calls.stream().map(ReceivedRequest::status).toList());
    assertTrue(calls.stream().allMatch(ReceivedRequest::apiKeyPresent));
  }
}
