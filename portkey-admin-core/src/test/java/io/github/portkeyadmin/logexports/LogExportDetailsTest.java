package io.github.portkeyadmin.logexports;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.HttpLogLevel;
import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.support.ClientTest;
import io.github.portkeyadmin.support.Fixtures;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@code GET /logs/exports/{id}} and its signed download URL, which must never leak. */
class LogExportDetailsTest extends ClientTest {
  private static final String SIGNED =
      "https://exports.s3.amazonaws.com/org/3fa85f64.jsonl?X-Amz-Signature=deadbeef0123&X-Amz-Expires=900";

  private static String download(String url) {
    return "{\"signed_url\":\"" + url + "\"}";
  }

  @Test
  void getSendsTheIdAndDecodesTheSpecShape() throws Exception {
    serve("get-spec.json");

    LogExport export = client.logExports().get("3fa85f64-5717-4562-b3fc-2c963f66afa6");

    assertThat(onlyRequest().getTarget())
        .isEqualTo("/v1/logs/exports/3fa85f64-5717-4562-b3fc-2c963f66afa6");
    assertThat(export.status().value()).isEqualTo(LogExportStatus.SUCCESS);
    assertThat(export.requestedData()).containsExactly("id", "cost", "ai_model");
    assertThat(export.filters()).containsEntry("page_size", 50000);
    assertThat(export.lastUpdatedAt()).contains(Instant.parse("2026-03-01T00:05:00Z"));
  }

  @Test
  void nullValuesInFiltersAreKept() {
    server.enqueue(json("{\"id\":\"e-1\",\"filters\":{\"ai_model\":null,\"cost_min\":1}}"));

    assertThat(client.logExports().get("e-1").filters())
        .containsEntry("ai_model", null)
        .containsEntry("cost_min", 1);
  }

  @Test
  void downloadUrlSendsTheIdAndReturnsTheSignedUrl() throws Exception {
    server.enqueue(json(download(SIGNED)));

    SignedUrl url = client.logExports().downloadUrl("3fa85f64");

    assertThat(onlyRequest().getTarget()).isEqualTo("/v1/logs/exports/3fa85f64/download");
    assertThat(url.uri()).isEqualTo(URI.create(SIGNED));
  }

  @Test
  void signedUrlToStringShowsOnlyTheHost() {
    server.enqueue(json(download(SIGNED)));

    SignedUrl url = client.logExports().downloadUrl("3fa85f64");

    assertThat(url.toString())
        .isEqualTo("SignedUrl{host=exports.s3.amazonaws.com, [redacted]}")
        .doesNotContain("Signature");
    assertThat(url).isEqualTo(SignedUrl.of(URI.create(SIGNED))).hasSameHashCodeAs(SignedUrl.of(URI.create(SIGNED)));
  }

  @Test
  void unparsableSignedUrlFailsWithoutQuotingIt() {
    server.enqueue(json(download("https://exp orts.example/x?sig=SECRET-SIG")));

    assertThatThrownBy(() -> client.logExports().downloadUrl("3fa85f64"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("value withheld")
        .hasNoCause()
        .satisfies(e -> assertThat(e.toString()).doesNotContain("SECRET-SIG"));
  }

  @Test
  void missingSignedUrlIsMalformed() {
    server.enqueue(json("{}"));

    assertThatThrownBy(() -> client.logExports().downloadUrl("3fa85f64"))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void headerLoggingNeverShowsTheSignedUrlOrTheKey() {
    List<String> lines = new CopyOnWriteArrayList<>();
    server.enqueue(json(download(SIGNED)));

    try (PortkeyAdminClient logging =
        Fixtures.builder(server).httpLogging(HttpLogLevel.HEADERS, lines::add).build()) {
      logging.logExports().downloadUrl("3fa85f64");
    }

    assertThat(lines).isNotEmpty();
    assertThat(String.join("\n", lines)).doesNotContain("deadbeef").doesNotContain(API_KEY);
  }

  @Test
  void blankIdsAreRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.logExports().get(" ")).hasMessageStartingWith("exportId must not be blank");
    assertThatThrownBy(() -> client.logExports().downloadUrl(".")).hasMessageContaining("not \".\"");
    assertThatThrownBy(() -> client.logExports().getAsync("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.logExports().downloadUrlAsync("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void asyncTwinsReturnTheSameValues() {
    serve("get-spec.json");
    server.enqueue(json(download(SIGNED)));

    assertThat(client.logExports().getAsync("3fa85f64").join().id()).startsWith("3fa85f64");
    assertThat(client.logExports().downloadUrlAsync("3fa85f64").join().uri().getHost())
        .isEqualTo("exports.s3.amazonaws.com");
  }
}
