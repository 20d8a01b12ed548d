package io.github.portkeyadmin.spring;

import static io.github.portkeyadmin.spring.Portkey.API_KEY;
import static io.github.portkeyadmin.spring.Portkey.EMPTY_LIST;
import static io.github.portkeyadmin.spring.Portkey.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.errors.PortkeyConnectionException;
import io.github.portkeyadmin.errors.RateLimitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each portkey.admin.* property reaches the client: seen on the wire, or refused by the builder. */
class PortkeyAdminPropertiesTest {
  @StartStop final MockWebServer server = new MockWebServer();
  @TempDir Path dir;

  @Test
  void apiKeyAndBaseUrlDecideWhereRequestsGoAndWhatTheyCarry() throws Exception {
    server.enqueue(json(EMPTY_LIST));
    Portkey.runner(server).run(context -> {
      context.getBean(PortkeyAdminClient.class).logExports().list();
      RecordedRequest request = server.takeRequest();
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/logs/exports");
      assertThat(request.getHeaders().get("x-portkey-api-key")).isEqualTo(API_KEY);
    });
  }

  @Test
  void maxRetriesAndMaxRetryWaitShapeRetries() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(json(429, "{}").newBuilder().addHeader("Retry-After", "60").build());
    Portkey.runner(server)
        .withPropertyValues("portkey.admin.max-retries=3", "portkey.admin.max-retry-wait=1s")
        .withBean(PortkeyAdminClientCustomizer.class, () -> builder -> builder.sleeper(d -> { }))
        .run(context -> {
          PortkeyAdminClient client = context.getBean(PortkeyAdminClient.class);
          assertThatThrownBy(() -> client.logExports().list())
              .isInstanceOfSatisfying(RateLimitException.class, e -> {
                assertThat(e.attempts()).isEqualTo(2);
                assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
              });
        });
  }

  @ParameterizedTest
  @CsvSource({
      "read-timeout, 250ms, read timeout (250 ms) fired",
      "call-timeout, 300ms, call timeout (300 ms) fired"
  })
  void theTimeoutThatFiresIsNamedWithItsConfiguredValue(String property, String value,
      String message) {
    server.enqueue(json(EMPTY_LIST).newBuilder().headersDelay(5, TimeUnit.SECONDS).build());
    Portkey.runner(server).withPropertyValues("portkey.admin." + property + "=" + value)
        .run(context -> assertThatThrownBy(
                () -> context.getBean(PortkeyAdminClient.class).logExports().list())
            .isInstanceOf(PortkeyConnectionException.class)
            .hasMessageContaining(message));
  }

  @ParameterizedTest
  @CsvSource({
      "connect-timeout, -1s, connectTimeout must be >= 0",
      "read-timeout, -1s, readTimeout must be >= 0",
      "call-timeout, -1s, callTimeout must be >= 0",
      "max-retries, 11, maxRetries must be 0 (no retries) to 10, got 11",
      "max-retry-wait, -1s, maxRetryWait must be >= 0",
      "max-requests-per-second, -1, maxRequestsPerSecond must be a finite number above 0",
      "max-response-bytes, 0B, maxResponseBytes must be above 0",
      "base-url, ftp://x, is not an http:// or https:// URL",
      "user-agent-suffix, caf\u00e9/1, userAgentSuffix must be printable ASCII"
  })
  void eachSettingIsValidatedByTheCoreBuilder(String property, String value, String message) {
    Portkey.runner(server).withPropertyValues("portkey.admin." + property + "=" + value)
        .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining(message));
  }

  @Test
  void cleartextToARemoteHostNeedsAllowInsecureHttpAndThenGoesThroughTheProxy() throws Exception {
    String remote = "portkey.admin.base-url=http://api.portkey.example/v1/";
    Portkey.runner(server).withPropertyValues(remote).run(context ->
        assertThat(context).getFailure().rootCause().hasMessageContaining("in clear text"));

    server.enqueue(json(EMPTY_LIST));
    Portkey.runner(server)
        .withPropertyValues(remote, "portkey.admin.allow-insecure-http=true",
            "portkey.admin.proxy.host=" + server.getHostName(),
            "portkey.admin.proxy.port=" + server.getPort())
        .run(context -> context.getBean(PortkeyAdminClient.class).logExports().list());
    assertThat(server.takeRequest().getRequestLine())
        .isEqualTo("GET http://api.portkey.example/v1/logs/exports HTTP/1.1");
  }

  @Test
  void proxyCredentialsAnswerTheProxysChallenge() throws Exception {
    server.enqueue(new MockResponse.Builder().code(407)
        .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
    server.enqueue(json(EMPTY_LIST));
    Portkey.runner(server)
        .withPropertyValues("portkey.admin.base-url=http://api.portkey.example/v1/",
            "portkey.admin.allow-insecure-http=true",
            "portkey.admin.proxy.host=" + server.getHostName(),
            "portkey.admin.proxy.port=" + server.getPort(),
            "portkey.admin.proxy.username=svc", "portkey.admin.proxy.password=pw-77")
        .run(context -> {
          context.getBean(PortkeyAdminClient.class).logExports().list();
          assertThat(context.getBean(PortkeyAdminProperties.class).toString())
              .doesNotContain("pw-77").doesNotContain(API_KEY);
        });
    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("Proxy-Authorization"))
        .isEqualTo(okhttp3.Credentials.basic("svc", "pw-77"));
  }

  @Test
  void defaultHeadersAndUserAgentSuffixAreSent() throws Exception {
    server.enqueue(json(EMPTY_LIST));
    Portkey.runner(server)
        .withPropertyValues("portkey.admin.default-headers.x-team=finops",
            "portkey.admin.user-agent-suffix=spend-bot/2.0")
        .run(context -> context.getBean(PortkeyAdminClient.class).logExports().list());
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("x-team")).isEqualTo("finops");
    assertThat(request.getHeaders().get("User-Agent")).endsWith(" spend-bot/2.0");
  }

  @Test
  void aDefaultHeaderCannotReplaceTheKey() {
    Portkey.runner(server).withPropertyValues("portkey.admin.default-headers.x-portkey-api-key=x")
        .run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageContaining("defaultHeader may not set x-portkey-api-key"));
  }

  @Test
  void trustedCertificatesLetTheClientReachAPrivateCa() throws Exception {
    HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).build();
    HeldCertificate leaf = new HeldCertificate.Builder()
        .addSubjectAlternativeName(server.getHostName()).signedBy(ca).build();
    Path bundle = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());
    try (MockWebServer https = new MockWebServer()) {
      https.useHttps(new HandshakeCertificates.Builder().heldCertificate(leaf, ca.certificate())
          .build().sslSocketFactory());
      https.start();
      https.enqueue(json(EMPTY_LIST));
      Portkey.runner(https).withPropertyValues("portkey.admin.trusted-certificates=" + bundle)
          .run(context -> context.getBean(PortkeyAdminClient.class).logExports().list());
      assertThat(https.takeRequest().getHandshake()).isNotNull();
    }
  }

  @Test
  void theRateCapSpacesRequests() {
    List<Duration> waits = new CopyOnWriteArrayList<>();
    server.enqueue(json(EMPTY_LIST));
    server.enqueue(json(EMPTY_LIST));
    Portkey.runner(server)
        .withPropertyValues("portkey.admin.max-requests-per-second=2")
        .withBean(PortkeyAdminClientCustomizer.class, () -> builder -> builder
            .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC))
            .sleeper(waits::add))
        .run(context -> {
          PortkeyAdminClient client = context.getBean(PortkeyAdminClient.class);
          client.logExports().list();
          client.logExports().list();
        });
    assertThat(waits).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void httpLoggingWritesToTheSdksLoggerWithTheKeyRedacted() {
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        lines.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger logger = Logger.getLogger("io.github.portkeyadmin.http");
    logger.addHandler(handler);
    server.enqueue(json(EMPTY_LIST));
    try {
      Portkey.runner(server).withPropertyValues("portkey.admin.http-logging=headers")
          .run(context -> context.getBean(PortkeyAdminClient.class).logExports().list());
    } finally {
      logger.removeHandler(handler);
    }
    assertThat(lines).anyMatch(line -> line.startsWith("x-portkey-api-key: "))
        .noneMatch(line -> line.contains(API_KEY));
  }
}
