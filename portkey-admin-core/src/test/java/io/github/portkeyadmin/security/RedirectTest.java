package io.github.portkeyadmin.security;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.errors.RedirectRefusedException;
import io.github.portkeyadmin.support.Fixtures;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Properties;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The key goes only to the configured origin: no redirect is followed, whatever its target. */
class RedirectTest {
  @StartStop final MockWebServer origin = new MockWebServer();
  @StartStop final MockWebServer elsewhere = new MockWebServer();

  private static MockResponse redirect(int code, String location) {
    return new MockResponse.Builder().code(code).addHeader("Location", location).build();
  }

  private static String originOf(MockWebServer server, String scheme) {
    return scheme + "://" + server.getHostName() + ":" + server.getPort();
  }

  @ParameterizedTest(name = "HTTP {0} to another port is refused")
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void crossOriginRedirectIsRefusedAndTheKeyStaysHome(int code) throws Exception {
    origin.enqueue(redirect(code, elsewhere.url("/v1/steal?token=abc123").toString()));
    elsewhere.enqueue(Fixtures.json("{\"object\":\"list\",\"total\":0,\"data\":[]}"));

    RedirectRefusedException thrown;
    try (PortkeyAdminClient client = Fixtures.builder(origin).build()) {
      thrown = catchThrowableOfType(RedirectRefusedException.class,
          () -> client.virtualKeys().list());
    }

    assertThat(thrown.statusCode()).isEqualTo(code);
    assertThat(thrown.targetOrigin()).isEqualTo(originOf(elsewhere, "http"));
    assertThat(thrown).hasMessageContaining("Redirect to " + originOf(elsewhere, "http") + " refused")
        .hasMessageContaining("configure its URL as baseUrl(...)");
    assertThat(thrown.toString()).doesNotContain("/steal").doesNotContain("abc123")
        .doesNotContain(API_KEY);
    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(origin.getRequestCount()).isEqualTo(1);
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  void sameOriginRedirectIsRefusedToo() {
    origin.enqueue(redirect(302, "/v2/virtual-keys"));

    try (PortkeyAdminClient client = Fixtures.client(origin)) {
      assertThat(catchThrowableOfType(RedirectRefusedException.class,
          () -> client.virtualKeys().list()).targetOrigin()).isEqualTo(originOf(origin, "http"));
    }
    assertThat(origin.getRequestCount()).isEqualTo(1);
  }

  @Test
  void redirectWithoutLocationSaysSo() {
    origin.enqueue(new MockResponse.Builder().code(301).build());

    try (PortkeyAdminClient client = Fixtures.client(origin)) {
      assertThat(catchThrowableOfType(RedirectRefusedException.class,
          () -> client.virtualKeys().list())).hasMessageContaining("no usable Location header");
    }
  }

  @Test
  void httpsToHttpDowngradeIsRefused(@TempDir File dir) throws Exception {
    HeldCertificate certificate = new HeldCertificate.Builder()
        .addSubjectAlternativeName("localhost")
        .addSubjectAlternativeName(origin.getHostName())
        .build();
    Properties saved = (Properties) System.getProperties().clone();
    try (MockWebServer tls = new MockWebServer()) {
      tls.useHttps(new HandshakeCertificates.Builder().heldCertificate(certificate).build()
          .sslSocketFactory());
      tls.start();
      trust(certificate, new File(dir, "trust.p12"));
      tls.enqueue(redirect(301, elsewhere.url("/v1/virtual-keys?sig=s3cr3t").toString()));

      RedirectRefusedException thrown;
      try (PortkeyAdminClient client = PortkeyAdminClient.builder()
          .apiKey(API_KEY)
          .baseUrl(tls.url("/v1/").toString())
          .build()) {
        thrown = catchThrowableOfType(RedirectRefusedException.class,
            () -> client.virtualKeys().list());
      }

      assertThat(tls.url("/").isHttps()).isTrue();
      assertThat(thrown.targetOrigin()).isEqualTo(originOf(elsewhere, "http"));
      assertThat(thrown.toString()).doesNotContain("s3cr3t").doesNotContain(API_KEY);
      assertThat(tls.getRequestCount()).isEqualTo(1);
      assertThat(tls.takeRequest().getHeaders().get("x-portkey-api-key")).isEqualTo(API_KEY);
      assertThat(elsewhere.getRequestCount()).isZero();
    } finally {
      System.setProperties(saved);
    }
  }

  /** Makes the JVM's default trust store, which OkHttp reads at build(), trust the certificate. */
  private static void trust(HeldCertificate certificate, File file)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("mockwebserver", certificate.certificate());
    try (OutputStream out = new FileOutputStream(file)) {
      store.store(out, "changeit".toCharArray());
    }
    System.setProperty("javax.net.ssl.trustStore", file.getAbsolutePath());
    System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
    System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
  }
}
