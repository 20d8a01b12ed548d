package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.portkeyadmin.NotInOfficialSpec;
import io.github.portkeyadmin.internal.NumberBounds;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A row of a grouped analytics endpoint that the official spec does not describe (by provider, by
 * workspace): whatever fields the server sends, with typed readers that never fail. A row that is
 * not a JSON object is kept as the single field {@code value}.
 *
 * <pre>{@code
 * for (AnalyticsGroupRow row : client.analytics().groupByProvider(query).autoPager()) {
 *   System.out.println(row.text("provider").orElse("?") + " " + row.cost().orElse(ZERO));
 * }
 * }</pre>
 */
@NotInOfficialSpec("rows of /analytics/groups/provider and /analytics/groups/workspace")
public final class AnalyticsGroupRow {
  private final Map<String, Object> fields;

  private AnalyticsGroupRow(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Wraps the fields of a row.
   *
   * @param fields field name to JSON value (String, Number, Boolean, List, Map or null)
   * @return the row
   */
  public static AnalyticsGroupRow of(Map<String, Object> fields) {
    return new AnalyticsGroupRow(Objects.requireNonNull(fields, "fields == null"));
  }

  /** Reads any JSON row: an object's fields, or anything else as the one field {@code value}. */
  @JsonCreator
  static AnalyticsGroupRow fromJson(@Nullable Object json) {
    if (json instanceof Map<?, ?> map) {
      Map<String, Object> fields = new LinkedHashMap<>();
      map.forEach((key, value) -> fields.put(String.valueOf(key), value));
      return new AnalyticsGroupRow(fields);
    }
    Map<String, Object> single = new LinkedHashMap<>();
    single.put("value", json);
    return new AnalyticsGroupRow(single);
  }

  /**
   * Every field as sent.
   *
   * @return an unmodifiable map, in the server's order
   */
  @JsonValue
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * A field as text: strings as they are, numbers and booleans as written.
   *
   * @param field the field name, e.g. {@code provider}
   * @return the text, or empty if the field is absent, null, or an object or array
   */
  public Optional<String> text(String field) {
    Object value = fields.get(field);
    return value instanceof String || value instanceof Number || value instanceof Boolean
        ? Optional.of(value.toString())
        : Optional.empty();
  }

  /**
   * A field as a number, whether sent as a JSON number or a numeric string. A number outside the
   * bounds every number of a response is held to (at most 400 significant digits and a decimal
   * exponent within ±400) reads as empty, like any other value that is not a usable number, so no
   * row can drive the caller's arithmetic into a long computation.
   *
   * @param field the field name, e.g. {@code requests}
   * @return the number, or empty if absent, not numeric, or out of bounds
   */
  public Optional<BigDecimal> number(String field) {
    return text(field).flatMap(NumberBounds::parse);
  }

  /**
   * The {@code requests} field, if the row has a whole numeric one ({@code 12}, {@code "12.0"}).
   *
   * @return the request count, or empty if absent, fractional, not numeric or out of range
   */
  public Optional<Long> requests() {
    return number("requests").flatMap(value -> {
      OptionalLong whole = NumberBounds.wholeValue(value);
      return whole.isPresent() ? Optional.of(whole.getAsLong()) : Optional.empty();
    });
  }

  /**
   * The {@code cost} field in US cents, if the row has a numeric one.
   *
   * @return the cost in cents, or empty
   */
  public Optional<BigDecimal> cost() {
    return number("cost");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnalyticsGroupRow that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "AnalyticsGroupRow" + fields;
  }
}
