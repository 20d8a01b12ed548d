package io.github.portkeyadmin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.errors.ResponseTooLargeException;
import io.github.portkeyadmin.errors.ServerException;
import io.github.portkeyadmin.support.Fixtures;
import io.github.portkeyadmin.support.StreamedBody;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bodies far larger than the heap: run by Surefire's {@code small-heap} execution with {@code
 * -Xmx64m}, where buffering any of them would end in {@link OutOfMemoryError}.
 */
@Tag("small-heap")
class SmallHeapTest {
  private static final long MB = 1_000_000;
  private static final long GIB = 1L << 30;
  private static final String LIST_START = "{\"object\":\"list\",\"total\":1,\"data\":[";

  /** About 1 MB of gzip that inflates to 1 GiB of JSON whitespace. */
  private static byte[] gzipBomb;

  @StartStop final MockWebServer server = new MockWebServer();

  @BeforeAll
  static void compressTheBomb() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] spaces = new byte[1 << 20];
    java.util.Arrays.fill(spaces, (byte) ' ');
    try (GZIPOutputStream out = new GZIPOutputStream(bytes, 1 << 16)) {
      out.write(LIST_START.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (long written = 0; written < GIB; written += spaces.length) {
        out.write(spaces);
      }
      out.write("]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    gzipBomb = bytes.toByteArray();
  }

  private Throwable listFails(PortkeyAdminClient.Builder builder) {
    try (PortkeyAdminClient client = builder.maxRetries(0).build()) {
      return catchThrowable(() -> client.virtualKeys().list());
    }
  }

  @Test
  void twoHundredMegabyteBodyFailsTypedAtTheDefaultLimit() {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThan(100 * MB);
    server.enqueue(new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body(new StreamedBody(LIST_START, " ", "]}", 200 * MB))
        .build());

    assertThat(listFails(Fixtures.builder(server)))
        .isInstanceOf(ResponseTooLargeException.class)
        .hasMessageContaining("maxResponseBytes (64 MiB, counted after decompression)");
  }

  @Test
  void twoHundredMegabytesOfRealRowsStopAtAConfiguredLimit() {
    server.enqueue(new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body(new StreamedBody(LIST_START, "{\"slug\":\"vk-1\",\"status\":\"active\"},",
            "{\"slug\":\"vk-2\"}]}", 200 * MB))
        .build());

    assertThat(listFails(Fixtures.builder(server).maxResponseBytes(4 * MB)))
        .isInstanceOf(ResponseTooLargeException.class);
  }

  @Test
  void oneMegabyteGzipInflatingToOneGibibyteFailsTyped() {
    assertThat(gzipBomb.length).isLessThan((int) (2 * MB));
    server.enqueue(new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .addHeader("Content-Encoding", "gzip")
        .body(new Buffer().write(gzipBomb))
        .build());

    assertThat(listFails(Fixtures.builder(server)))
        .isInstanceOf(ResponseTooLargeException.class)
        .hasMessageContaining("64 MiB");
  }

  @Test
  void twoHundredMegabyteErrorBodyIsReadOnlyUpTo64KiB() {
    server.enqueue(new MockResponse.Builder()
        .code(502)
        .addHeader("Content-Type", "text/html")
        .body(new StreamedBody("<html>", "bad gateway ", "</html>", 200 * MB))
        .build());

    assertThat(listFails(Fixtures.builder(server))).isInstanceOf(ServerException.class)
        .hasMessageContaining("HTTP 502");
  }
}
