package io.github.portkeyadmin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.OpenEnum;
import io.github.portkeyadmin.limits.RateLimitUnit;
import io.github.portkeyadmin.limits.UsageLimitType;
import io.github.portkeyadmin.limits.UsageLimits;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import io.github.portkeyadmin.virtualkeys.VirtualKeyStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tolerant mapper: date-time forms, open enums, nulls, unknown fields, and writing back. */
class ObjectMappersTest {
  private final ObjectMapper mapper = ObjectMappers.create();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\"2024-07-30T13:27:29.000Z\"  | 2024-07-30T13:27:29Z",
      "\"2026-02-23T14:20:31+05:30\" | 2026-02-23T08:50:31Z",
      "\"2026-02-23T14:20:31-03:00\" | 2026-02-23T17:20:31Z",
      "\"2023-07-13 13:51:27\"       | 2023-07-13T13:51:27Z",
      "\"2023-07-13T13:51:27.5\"     | 2023-07-13T13:51:27.500Z",
      "\"2023-07-13\"                | 2023-07-13T00:00:00Z",
      "1718712000000                 | 2024-06-18T12:00:00Z"})
  void everyDateTimeFormPortkeySendsIsRead(String json, String expected) throws Exception {
    assertThat(mapper.readValue(json, Instant.class)).isEqualTo(Instant.parse(expected));
  }

  @Test
  void emptyDateTimeReadsAsAbsent() throws Exception {
    VirtualKey key = mapper.readValue("{\"slug\":\"vk\",\"expires_at\":\"\"}", VirtualKey.class);

    assertThat(key.expiresAt()).isEmpty();
  }

  @Test
  void garbageDateTimeFailsWithTheValueNamed() {
    assertThatThrownBy(() -> mapper.readValue("\"next tuesday\"", Instant.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("next tuesday");
  }

  @Test
  void dateTimeOfTheWrongJsonTypeFails() {
    assertThatThrownBy(() -> mapper.readValue("[1]", Instant.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void openEnumsReadKnownUnknownAndNullValues() throws Exception {
    UsageLimits limits = mapper.readValue(
        "{\"type\":\"cost\",\"periodic_reset\":null,\"credit_limit\":\"25\"}", UsageLimits.class);
    VirtualKey key = mapper.readValue(
        "{\"slug\":\"vk\",\"status\":\"suspended\",\"rate_limits\":[{\"unit\":\"rps\",\"value\":\"5\"}]}",
        VirtualKey.class);

    assertThat(limits.type().value()).isEqualTo(UsageLimitType.COST);
    assertThat(limits.periodicReset()).isEmpty();
    assertThat(limits.creditLimit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
    assertThat(key.status().value()).isEqualTo(VirtualKeyStatus.UNKNOWN);
    assertThat(key.status().raw()).isEqualTo("suspended");
    assertThat(key.rateLimits().get(0).unit()).isEqualTo(OpenEnum.of(RateLimitUnit.class, "rps"));
    assertThat(key.rateLimits().get(0).value()).isEqualTo(5);
  }

  @Test
  void openEnumFromAnObjectFails() {
    assertThatThrownBy(() -> mapper.readValue("{\"slug\":\"vk\",\"status\":{\"a\":1}}", VirtualKey.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void nullListsReadAsEmptyAndUnknownFieldsAreIgnored() throws Exception {
    VirtualKey key = mapper.readValue(
        "{\"slug\":\"vk\",\"rate_limits\":null,\"usage_limits\":null,\"brand_new\":{\"x\":[1]}}",
        VirtualKey.class);

    assertThat(key.rateLimits()).isEmpty();
    assertThat(key.usageLimits()).isEmpty();
  }

  @Test
  void modelsWriteBackAsSnakeCaseJsonWithRawEnumsAndIsoDates() throws Exception {
    VirtualKey key = mapper.readValue(
        "{\"slug\":\"vk\",\"status\":\"queued\",\"expires_at\":\"2026-12-01 00:00:00\"}",
        VirtualKey.class);

    String json = mapper.writeValueAsString(key);

    assertThat(json).contains("\"slug\":\"vk\"", "\"status\":\"queued\"",
        "\"expires_at\":\"2026-12-01T00:00:00Z\"");
    assertThat(mapper.readValue(json, VirtualKey.class)).isEqualTo(key);
  }
}
