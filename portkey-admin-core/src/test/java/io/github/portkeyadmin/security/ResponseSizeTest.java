package io.github.portkeyadmin.security;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.errors.ResponseTooLargeException;
import io.github.portkeyadmin.errors.ServerException;
import io.github.portkeyadmin.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** maxResponseBytes bounds every body, counted after decompression; error bodies stop at 64 KiB. */
class ResponseSizeTest {
  @StartStop final MockWebServer server = new MockWebServer();

  /** A valid virtual-key list of about {@code bytes} bytes. */
  static String keyList(int bytes) {
    StringBuilder json = new StringBuilder("{\"object\":\"list\",\"total\":1,\"data\":[");
    while (json.length() < bytes) {
      json.append("{\"slug\":\"vk-").append(json.length()).append("\"},");
    }
    return json.append("{\"slug\":\"vk-last\"}]}").toString();
  }

  private ResponseTooLargeException listFails(PortkeyAdminClient.Builder builder) {
    try (PortkeyAdminClient client = builder.build()) {
      return catchThrowableOfType(ResponseTooLargeException.class,
          () -> client.virtualKeys().list());
    }
  }

  @Test
  void bodyOverMaxResponseBytesFailsNamingTheLimitAndIsNotRetried() {
    server.enqueue(new MockResponse.Builder(json(keyList(10_000))).build());
    server.enqueue(json(keyList(10)));

    ResponseTooLargeException thrown = listFails(Fixtures.builder(server).maxResponseBytes(4096));

    assertThat(thrown.limitBytes()).isEqualTo(4096);
    assertThat(thrown).hasMessageStartingWith("GET /v1/virtual-keys returned a body larger than"
            + " maxResponseBytes (4096 bytes, counted after decompression)")
        .hasMessageContaining("PortkeyAdminClient.builder().maxResponseBytes(...)");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void streamedBodyWithoutContentLengthIsCountedAsItArrives() {
    server.enqueue(new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .chunkedBody(keyList(100_000), 1024)
        .build());

    assertThat(listFails(Fixtures.builder(server).maxRetries(0).maxResponseBytes(50_000))
        .limitBytes()).isEqualTo(50_000);
  }

  @Test
  void gzipBodyCountsItsInflatedSize() throws IOException {
    byte[] gzip = gzip(keyList(200_000));
    assertThat(gzip.length).isLessThan(50_000);
    server.enqueue(new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .addHeader("Content-Encoding", "gzip")
        .body(new Buffer().write(gzip))
        .build());

    assertThat(listFails(Fixtures.builder(server).maxRetries(0).maxResponseBytes(100_000)))
        .hasMessageContaining("maxResponseBytes (100000 bytes, counted after decompression)");
  }

  @Test
  void bodyUnderTheLimitIsDecoded() throws IOException {
    server.enqueue(new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .addHeader("Content-Encoding", "gzip")
        .body(new Buffer().write(gzip(keyList(20_000))))
        .build());

    try (PortkeyAdminClient client = Fixtures.builder(server).maxResponseBytes(30_000).build()) {
      assertThat(client.virtualKeys().list().items()).last()
          .satisfies(key -> assertThat(key.slug()).isEqualTo("vk-last"));
    }
  }

  @Test
  void errorBodyIsReadOnlyUpTo64KiBWhateverTheLimit() {
    String body = "{\"message\":\"overloaded\",\"pad\":\"" + "x".repeat(1_000_000) + "\"}";
    server.enqueue(json(503, body));

    try (PortkeyAdminClient client = Fixtures.builder(server).maxRetries(0).build()) {
      ServerException thrown =
          catchThrowableOfType(ServerException.class, () -> client.virtualKeys().list());
      assertThat(thrown.error().bodyExcerpt()).startsWith("{\"message\":\"overloaded\"").hasSize(203);
    }
  }

  @Test
  void limitMustBePositive() {
    assertThatThrownBy(() -> PortkeyAdminClient.builder().maxResponseBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxResponseBytes must be above 0, got 0; the default is 67108864 (64 MiB)");
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
