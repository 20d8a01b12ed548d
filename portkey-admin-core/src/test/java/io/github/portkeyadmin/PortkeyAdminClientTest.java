package io.github.portkeyadmin;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Configuration: defaults, environment, validation before any request, and no leaked key. */
class PortkeyAdminClientTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static PortkeyAdminClient.Builder withKey() {
    return PortkeyAdminClient.builder().apiKey(API_KEY);
  }

  @Test
  void defaultsToThePublicApi() {
    try (PortkeyAdminClient client = withKey().build()) {
      assertThat(client.baseUrl()).isEqualTo("https://api.portkey.ai/v1/");
    }
  }

  @Test
  void missingKeyNamesTheSetterAndTheEnvironmentVariable() {
    assertThatThrownBy(() -> PortkeyAdminClient.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiKey is not set")
        .hasMessageContaining("PORTKEY_API_KEY");
  }

  @Test
  void blankKeyIsRejected() {
    assertThatThrownBy(() -> PortkeyAdminClient.builder().apiKey("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiKey must not be blank");
  }

  @Test
  void malformedBaseUrlIsRejectedWithAnExample() {
    assertThatThrownBy(() -> withKey().baseUrl("api.portkey.ai/v1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl \"api.portkey.ai/v1\" is not an http:// or https:// URL")
        .hasMessageContaining("https://api.portkey.ai/v1/");
  }

  @Test
  void cleartextHttpToARemoteHostIsRefusedUnlessAllowed() {
    assertThatThrownBy(() -> withKey().baseUrl("http://portkey.internal.example/v1/").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clear text")
        .hasMessageContaining("allowInsecureHttp(true)");

    try (PortkeyAdminClient client =
        withKey().baseUrl("http://portkey.internal.example/v1/").allowInsecureHttp(true).build()) {
      assertThat(client.baseUrl()).isEqualTo("http://portkey.internal.example/v1/");
    }
  }

  @Test
  void cleartextHttpToLoopbackIsAllowed() {
    for (String url : new String[] {"http://localhost:8080/v1/", "http://127.0.0.1/v1/", "http://[::1]/v1/"}) {
      try (PortkeyAdminClient client = withKey().baseUrl(url).build()) {
        assertThat(client.baseUrl()).isEqualTo(url);
      }
    }
  }

  @Test
  void hostThatOnlyLooksLikeLoopbackIsNotTrusted() {
    assertThatThrownBy(() -> withKey().baseUrl("http://127.0.0.1.example.com/v1/").build())
        .hasMessageContaining("clear text");
  }

  @Test
  void credentialsOrQueryInTheBaseUrlAreRejected() {
    assertThatThrownBy(() -> withKey().baseUrl("https://user:pw@api.portkey.ai/v1/").build())
        .hasMessageContaining("without credentials, query or fragment");
    assertThatThrownBy(() -> withKey().baseUrl("https://api.portkey.ai/v1/?x=1").build())
        .hasMessageContaining("without credentials, query or fragment");
  }

  @Test
  void missingTrailingSlashIsAddedSoSelfHostedPathsKeepTheirPrefix() throws Exception {
    server.enqueue(json("{\"object\":\"list\",\"total\":0,\"data\":[]}"));

    try (PortkeyAdminClient client =
        withKey().baseUrl(server.url("/portkey/v1").toString()).build()) {
      client.logExports().list();
    }

    assertThat(server.takeRequest().getTarget()).isEqualTo("/portkey/v1/logs/exports");
  }

  @Test
  void negativeTimeoutsAreRejected() {
    assertThatThrownBy(() -> withKey().connectTimeout(Duration.ofSeconds(-1)))
        .hasMessage("connectTimeout must be >= 0 (0 means no timeout), got PT-1S");
    assertThatThrownBy(() -> withKey().readTimeout(Duration.ofMillis(-1)))
        .hasMessageStartingWith("readTimeout must be >= 0");
    assertThatThrownBy(() -> withKey().callTimeout(null)).hasMessage("callTimeout == null");
  }

  @Test
  void fromEnvReadsKeyAndBaseUrl() throws Exception {
    server.enqueue(json("{\"object\":\"list\",\"total\":0,\"data\":[]}"));
    Map<String, String> env = Map.of(
        "PORTKEY_API_KEY", "pk-from-env",
        "PORTKEY_BASE_URL", server.url("/v1/").toString());

    try (PortkeyAdminClient client = PortkeyAdminClient.builder().fromEnv(env::get).build()) {
      client.logExports().list();
    }

    assertThat(server.takeRequest().getHeaders().get("x-portkey-api-key")).isEqualTo("pk-from-env");
  }

  @Test
  void settersCalledAfterFromEnvWinAndBlankBaseUrlIsIgnored() {
    Map<String, String> env = Map.of("PORTKEY_API_KEY", "pk-from-env", "PORTKEY_BASE_URL", " ");

    try (PortkeyAdminClient client = PortkeyAdminClient.builder()
        .fromEnv(env::get)
        .apiKey(API_KEY)
        .build()) {
      assertThat(client.baseUrl()).isEqualTo(PortkeyAdminClient.DEFAULT_BASE_URL);
    }
  }

  @Test
  void fromEnvWithoutTheVariableFailsNamingIt() {
    assertThatThrownBy(() -> PortkeyAdminClient.builder().fromEnv(name -> null).build())
        .hasMessageContaining("PORTKEY_API_KEY");
  }

  @Test
  void toStringNeverShowsTheKey() {
    PortkeyAdminClient.Builder builder = withKey();
    try (PortkeyAdminClient client = builder.build()) {
      assertThat(client.toString()).doesNotContain(API_KEY).contains("[redacted]");
      assertThat(builder.toString()).doesNotContain(API_KEY).contains("[redacted]");
    }
  }

  @Test
  void closeCanBeCalledTwice() {
    PortkeyAdminClient client = withKey().build();
    client.close();
    client.close();
    assertThat(client.analytics()).isNotNull();
  }
}
