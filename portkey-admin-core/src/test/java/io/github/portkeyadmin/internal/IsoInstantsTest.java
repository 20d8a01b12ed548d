package io.github.portkeyadmin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast date-time reader agrees with java.time and hands everything else back. */
class IsoInstantsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2026-06-18T12:00:00.000Z, 2026-06-18T12:00:00Z",
      "2026-06-18T12:00:00Z, 2026-06-18T12:00:00Z",
      "2026-06-18 12:00:00, 2026-06-18T12:00:00Z",
      "2026-06-18T12:00:00.5, 2026-06-18T12:00:00.500Z",
      "2026-06-18T12:00:00.123456789Z, 2026-06-18T12:00:00.123456789Z",
      "2026-02-23T14:20:31+05:30, 2026-02-23T08:50:31Z",
      "2026-02-23T14:20:31.25-03:00, 2026-02-23T17:20:31.250Z",
      "2024-02-29T23:59:59Z, 2024-02-29T23:59:59Z",
      "1970-01-01T00:00:00Z, 1970-01-01T00:00:00Z"})
  void commonFormsAreReadExactly(String text, String expected) {
    assertThat(IsoInstants.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest(name = "\"{0}\" is handed back")
  @ValueSource(strings = {"2026-06-18", "2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
      "2026-06-18T24:00:00Z", "2026-06-18T12:60:00Z", "2026-06-18T12:00:00.Z",
      "2026-06-18T12:00:00.1234567890Z", "2026-06-18T12:00:00+0530", "2026-06-18T12:00:00 UTC",
      "2026-06-18T12:00:00+19:00", "2026/06/18T12:00:00Z", "20x6-06-18T12:00:00Z", "next tuesday"})
  void otherFormsAreHandedBackToTheFullParsers(String text) {
    assertThat(IsoInstants.parse(text)).isNull();
  }

  @Test
  void agreesWithJavaTimeOnRandomInstantsAndOffsets() {
    Random random = new Random(42);
    for (int i = 0; i < 10_000; i++) {
      LocalDateTime local = LocalDateTime.ofEpochSecond(
          random.nextInt(2_000_000_000), random.nextInt(1_000_000_000), ZoneOffset.UTC);
      ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(36 * 4 + 1) - 72) * 900);
      String text = OffsetDateTime.of(local, offset).toString();

      assertThat(IsoInstants.parse(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }
  }
}
