package io.github.portkeyadmin;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.errors.PortkeyApiException;
import io.github.portkeyadmin.errors.PortkeyConnectionException;
import io.github.portkeyadmin.support.Fixtures;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.net.ssl.SSLException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proxy, private CA trust, default headers and the User-Agent suffix, over real sockets. */
class NetworkSettingsTest {
  private static final String LIST = "{\"object\":\"list\",\"total\":0,\"data\":[]}";
  private static final String REMOTE_BASE = "http://api.portkey.example/v1/";

  @StartStop final MockWebServer proxy = new MockWebServer();
  @TempDir Path dir;

  @Test
  void requestsGoThroughTheConfiguredProxy() throws Exception {
    proxy.enqueue(json(LIST));

    try (PortkeyAdminClient client = remoteClientVia(proxy).build()) {
      client.logExports().list();
    }

    RecordedRequest request = proxy.takeRequest();
    assertThat(request.getRequestLine())
        .isEqualTo("GET http://api.portkey.example/v1/logs/exports HTTP/1.1");
    assertThat(request.getHeaders().get("x-portkey-api-key")).isEqualTo(API_KEY);
    assertThat(request.getHeaders().get("Proxy-Authorization")).isNull();
  }

  @Test
  void proxyCredentialsAnswerA407Once() throws Exception {
    proxy.enqueue(proxyAuthRequired());
    proxy.enqueue(json(LIST));

    try (PortkeyAdminClient client =
        remoteClientVia(proxy).proxyCredentials("svc-user", "proxy-pass-42").build()) {
      client.logExports().list();
    }

    assertThat(proxy.takeRequest().getHeaders().get("Proxy-Authorization")).isNull();
    String expected = "Basic " + Base64.getEncoder()
        .encodeToString("svc-user:proxy-pass-42".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(proxy.takeRequest().getHeaders().get("Proxy-Authorization")).isEqualTo(expected);
  }

  @Test
  void wrongProxyCredentialsFailWithTheProxyStatusInsteadOfLooping() {
    proxy.enqueue(proxyAuthRequired());
    proxy.enqueue(proxyAuthRequired());

    try (PortkeyAdminClient client =
        remoteClientVia(proxy).proxyCredentials("svc-user", "wrong-pass").build()) {
      assertThatThrownBy(() -> client.logExports().list())
          .isInstanceOfSatisfying(PortkeyApiException.class,
              e -> assertThat(e.statusCode()).isEqualTo(407))
          .hasMessageNotContaining("wrong-pass");
    }
    assertThat(proxy.getRequestCount()).isEqualTo(2);
  }

  @Test
  void proxyCredentialsNeverPrint() {
    PortkeyAdminClient.Builder builder =
        remoteClientVia(proxy).proxyCredentials("svc-user", "proxy-pass-42");
    try (PortkeyAdminClient client = builder.build()) {
      assertThat(builder.toString() + client).doesNotContain("proxy-pass-42").doesNotContain(API_KEY);
    }
  }

  @Test
  void aPemBundleTrustsAPrivateCa() throws Exception {
    HeldCertificate ca = privateCa();
    Path bundle = Files.writeString(dir.resolve("corp-ca.pem"), ca.certificatePem());

    try (MockWebServer https = httpsServerSignedBy(ca);
        PortkeyAdminClient client = Fixtures.builder(https).trustedCertificates(bundle).build()) {
      https.enqueue(json(LIST));
      client.logExports().list();
      assertThat(https.takeRequest().getHandshake()).isNotNull();
    }
  }

  @Test
  void anSslContextOfYourOwnTrustsAPrivateCa() throws Exception {
    HandshakeCertificates trust = new HandshakeCertificates.Builder()
        .addTrustedCertificate(privateCa().certificate())
        .build();
    HeldCertificate ca = privateCa();
    HandshakeCertificates ownTrust = new HandshakeCertificates.Builder()
        .addTrustedCertificate(ca.certificate())
        .build();

    try (MockWebServer https = httpsServerSignedBy(ca);
        PortkeyAdminClient client = Fixtures.builder(https)
            .sslContext(ownTrust.sslContext(), ownTrust.trustManager()).build();
        PortkeyAdminClient otherCa = Fixtures.builder(https).maxRetries(0)
            .sslContext(trust.sslContext(), trust.trustManager()).build()) {
      https.enqueue(json(LIST));
      client.logExports().list();
      assertThatThrownBy(() -> otherCa.logExports().list())
          .isInstanceOf(PortkeyConnectionException.class)
          .hasCauseInstanceOf(SSLException.class);
    }
  }

  @Test
  void withoutTheBundleAPrivateCaIsRefused() throws Exception {
    try (MockWebServer https = httpsServerSignedBy(privateCa());
        PortkeyAdminClient client = Fixtures.client(https)) {
      assertThatThrownBy(() -> client.logExports().list())
          .isInstanceOf(PortkeyConnectionException.class)
          .hasCauseInstanceOf(SSLException.class);
    }
  }

  @Test
  void anUnreadableOrEmptyBundleFailsAtBuild() throws Exception {
    Path missing = dir.resolve("missing.pem");
    Path empty = Files.writeString(dir.resolve("empty.pem"), "");
    Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a certificate");

    assertThatThrownBy(() -> Fixtures.builder(proxy).trustedCertificates(missing).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trustedCertificates " + missing + " cannot be read");
    assertThatThrownBy(() -> Fixtures.builder(proxy).trustedCertificates(empty).build())
        .hasMessageContaining("holds no certificate");
    assertThatThrownBy(() -> Fixtures.builder(proxy).trustedCertificates(garbage).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(garbage.toString());
  }

  @Test
  void defaultHeadersAndTheUserAgentSuffixAreSent() throws Exception {
    proxy.enqueue(json(LIST));

    try (PortkeyAdminClient client = Fixtures.builder(proxy)
        .defaultHeader("x-gateway-team", "finops")
        .userAgentSuffix("spend-bot/1.2")
        .build()) {
      client.logExports().list();
    }

    RecordedRequest request = proxy.takeRequest();
    assertThat(request.getHeaders().get("x-gateway-team")).isEqualTo("finops");
    assertThat(request.getHeaders().get("User-Agent"))
        .matches("portkey-admin-java/\\S+ spend-bot/1\\.2");
    assertThat(request.getHeaders().get("x-portkey-api-key")).isEqualTo(API_KEY);
  }

  @Test
  void aDefaultHeaderCannotReplaceTheKeyOrTheUserAgent() {
    assertThatThrownBy(() -> Fixtures.builder(proxy)
            .defaultHeader("X-Portkey-Api-Key", "pk-other").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("defaultHeader may not set X-Portkey-Api-Key: the client always sends its own"
            + " apiKey(...) there and nothing may replace it");
    assertThatThrownBy(() -> Fixtures.builder(proxy).defaultHeader("user-agent", "x").build())
        .hasMessageContaining("userAgentSuffix(\"my-app/1.2\")");
    assertThatThrownBy(() -> Fixtures.builder(proxy).defaultHeader("Host", "evil").build())
        .hasMessageContaining("defaultHeader may not set Host");
  }

  @Test
  void malformedHeadersAndSuffixesFailAtBuild() {
    assertThatThrownBy(() -> Fixtures.builder(proxy).defaultHeader("x-a", "one\r\ntwo").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("defaultHeader header \"x-a\" is not a valid HTTP header");
    assertThatThrownBy(() -> Fixtures.builder(proxy).defaultHeader("bad name", "v").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fixtures.builder(proxy).userAgentSuffix("app\n/1").build())
        .hasMessageContaining("userAgentSuffix must be printable ASCII");
  }

  private PortkeyAdminClient.Builder remoteClientVia(MockWebServer server) {
    return PortkeyAdminClient.builder()
        .apiKey(API_KEY)
        .baseUrl(REMOTE_BASE)
        .allowInsecureHttp(true)
        .maxRetries(0)
        .proxy(server.getProxyAddress());
  }

  private static MockResponse proxyAuthRequired() {
    return new MockResponse.Builder()
        .code(407)
        .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
        .body("proxy authentication required")
        .build();
  }

  private static HeldCertificate privateCa() {
    return new HeldCertificate.Builder()
        .certificateAuthority(0)
        .commonName("Corp Private Root CA")
        .build();
  }

  private static MockWebServer httpsServerSignedBy(HeldCertificate ca) throws Exception {
    String host = InetAddress.getByName("localhost").getCanonicalHostName();
    HeldCertificate serverCertificate = new HeldCertificate.Builder()
        .addSubjectAlternativeName("localhost")
        .addSubjectAlternativeName(host)
        .signedBy(ca)
        .build();
    MockWebServer server = new MockWebServer();
    server.useHttps(new HandshakeCertificates.Builder()
        .heldCertificate(serverCertificate, ca.certificate())
        .build()
        .sslSocketFactory());
    server.start();
    return server;
  }
}
