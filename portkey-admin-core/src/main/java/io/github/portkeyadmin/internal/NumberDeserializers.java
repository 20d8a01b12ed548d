package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The one place numbers of a response are read, per kind: decimals ({@link BigDecimal}) and counts
 * ({@code long}, {@code OptionalLong} and {@code OptionalInt}, the types the models use). Both accept JSON numbers and numeric strings,
 * read blank strings as absent, and refuse numbers outside {@link NumberBounds} as malformed.
 * Counts also accept integral decimals ({@code 12.0}, {@code "12.0"}, {@code 1.2e1}) and refuse
 * fractional ones ({@code 2.7}) instead of truncating them.
 */
final class NumberDeserializers {
  private NumberDeserializers() {}

  /** Registers the deserializers, which then win over Jackson's and the JDK 8 module's. */
  static void addTo(SimpleModule module) {
    module.addDeserializer(BigDecimal.class, new DecimalDeserializer());
    module.addDeserializer(long.class, count(long.class, Long.MIN_VALUE, Long.MAX_VALUE, v -> v, 0L));
    module.addDeserializer(OptionalLong.class, count(OptionalLong.class, Long.MIN_VALUE,
        Long.MAX_VALUE, OptionalLong::of, OptionalLong.empty()));
    module.addDeserializer(OptionalInt.class, count(OptionalInt.class, Integer.MIN_VALUE,
        Integer.MAX_VALUE, v -> OptionalInt.of((int) v), OptionalInt.empty()));
  }

  private static <T> CountDeserializer<T> count(
      Class<T> type, long min, long max, LongFunction<T> wrap, @Nullable T absent) {
    return new CountDeserializer<>(type, min, max, wrap, absent);
  }

  /**
   * Reads the current token as a number within the bounds.
   *
   * @return the number, or null for a JSON null or a blank string
   * @throws MismatchedInputException naming the field, if not a number or out of bounds
   */
  static @Nullable BigDecimal read(JsonParser parser, Class<?> type) throws IOException {
    BigDecimal value;
    switch (parser.currentToken()) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = parser.getDecimalValue();
      case VALUE_STRING -> {
        String text = parser.getText().strip();
        if (text.isEmpty()) {
          return null;
        }
        value = parseText(parser, type, text);
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw malformed(parser, type, "must be a number, got " + parser.currentToken());
    }
    if (!NumberBounds.isWithin(value)) {
      throw malformed(parser, type, "is " + NumberBounds.describe(value)
          + ", outside the numbers the SDK reads (" + NumberBounds.inWords() + ")");
    }
    return value;
  }

  private static BigDecimal parseText(JsonParser parser, Class<?> type, String text)
      throws IOException {
    if (text.length() > NumberBounds.MAX_TEXT_LENGTH) {
      throw malformed(parser, type, "is a string of " + text.length()
          + " characters, not a number (" + NumberBounds.inWords() + ")");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw malformed(parser, type, "must be a number, got a string that is not one");
    }
  }

  private static MismatchedInputException malformed(
      JsonParser parser, Class<?> type, String problem) {
    String where = parser.getParsingContext().pathAsPointer().toString();
    String field = where.isEmpty() ? "the number" : "field " + where;
    return MismatchedInputException.from(parser, type, field + " " + problem);
  }

  /** Reads decimals, such as costs in cents and averages. */
  private static final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    DecimalDeserializer() {
      super(BigDecimal.class);
    }

    @Override
    public @Nullable BigDecimal deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return read(parser, BigDecimal.class);
    }
  }

  /** Reads counts: whole numbers in the range of their Java type. */
  private static final class CountDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final long min;
    private final long max;
    private final transient LongFunction<T> wrap;
    private final transient @Nullable T absent;

    CountDeserializer(Class<T> type, long min, long max, LongFunction<T> wrap, @Nullable T absent) {
      super(type);
      this.min = min;
      this.max = max;
      this.wrap = wrap;
      this.absent = absent;
    }

    @Override
    public @Nullable T deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      BigDecimal value = read(parser, handledType());
      if (value == null) {
        return absent;
      }
      OptionalLong whole = NumberBounds.wholeValue(value);
      if (whole.isEmpty() || whole.getAsLong() < min || whole.getAsLong() > max) {
        throw malformed(parser, handledType(), "must be a whole number from " + min + " to " + max
            + " (a count), got " + NumberBounds.describe(value));
      }
      return wrap.apply(whole.getAsLong());
    }

    @Override
    public @Nullable T getNullValue(DeserializationContext context) {
      return absent;
    }
  }
}
