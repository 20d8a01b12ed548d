package io.github.portkeyadmin.readme;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.events.CallFailed;
import io.github.portkeyadmin.events.CallListener;
import io.github.portkeyadmin.events.CallSucceeded;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The README's blocks on network settings, per-call options and call events, verbatim; {@link
 * ReadmeSnippetsTest} checks that the README still shows exactly this code.
 */
@SuppressWarnings("unused")
final class ConfigurationSnippets {
  private ConfigurationSnippets() {}

  static PortkeyAdminClient behindAProxy() {
    PortkeyAdminClient client = PortkeyAdminClient.builder()
        .fromEnv()
        .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.corp.example", 3128)))
        .proxyCredentials("svc-portkey", System.getenv("PROXY_PASSWORD"))
        .trustedCertificates(Path.of("/etc/ssl/corp-root-ca.pem"))   // PEM, one or more CAs
        .defaultHeader("x-corp-cost-centre", "finops")
        .userAgentSuffix("spend-dashboard/1.4")
        .build();
    return client;
  }

  static CostAnalytics perCall(PortkeyAdminClient client, AnalyticsQuery query) {
    PortkeyAdminClient fast = client.withOptions(o -> o
        .maxRetries(0)
        .callTimeout(Duration.ofSeconds(5))
        .header("x-request-source", "dashboard"));
    CostAnalytics cost = fast.analytics().cost(query);   // same connections and threads as client
    return cost;
  }

  static PortkeyAdminClient events() {
    PortkeyAdminClient client = PortkeyAdminClient.builder()
        .fromEnv()
        .addCallListener(new CallListener() {
          @Override
          public void callSucceeded(CallSucceeded e) {
            System.out.printf("%s %d in %d ms, %d attempt(s), %d bytes, request %s%n",
                e.operation(), e.statusCode(), e.duration().toMillis(), e.attempts(),
                e.responseBytes(), e.requestId().orElse("-"));
          }

          @Override
          public void callFailed(CallFailed e) {
            System.out.println(e.operation() + " failed: " + e.exception().getMessage());
          }
        })
        .build();
    return client;
  }
}
