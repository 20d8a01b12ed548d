package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the date-time forms Portkey sends: {@code 2024-07-30T13:27:29.000Z}, with an offset
 * ({@code +05:30}), without a zone ({@code 2023-07-13 13:51:27}, read as UTC), a bare date (UTC
 * midnight), or epoch milliseconds. An empty string reads as absent.
 */
final class LenientInstantDeserializer extends StdScalarDeserializer<Instant> {
  private static final long serialVersionUID = 1L;

  LenientInstantDeserializer() {
    super(Instant.class);
  }

  @Override
  public @Nullable Instant deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
      return Instant.ofEpochMilli(parser.getLongValue());
    }
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return (Instant) context.handleUnexpectedToken(Instant.class, parser);
    }
    String text = parser.getText().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return parse(text);
    } catch (DateTimeParseException e) {
      return (Instant) context.handleWeirdStringValue(Instant.class, text,
          "not an ISO-8601 date-time: %s", e.getMessage());
    }
  }

  static Instant parse(String text) {
    Instant common = IsoInstants.parse(text);
    if (common != null) {
      return common;
    }
    if (text.length() == 10) {
      return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    String iso = text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
    if (iso.endsWith("Z")) {
      return Instant.parse(iso);
    }
    return hasOffset(iso)
        ? OffsetDateTime.parse(iso).toInstant()
        : LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
  }

  /** An offset sign after the time part, e.g. {@code +05:30} or {@code -03:00}. */
  private static boolean hasOffset(String iso) {
    int time = iso.indexOf('T');
    return time > 0 && (iso.indexOf('+', time) > 0 || iso.indexOf('-', time) > 0);
  }
}
