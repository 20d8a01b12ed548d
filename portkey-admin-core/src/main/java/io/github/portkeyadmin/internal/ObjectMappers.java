package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The SDK's JSON mapper: tolerant of everything the real server does. */
public final class ObjectMappers {
  private ObjectMappers() {}

  /**
   * A mapper that ignores unknown fields, reads {@code null} lists and maps as empty and a single
   * object where a list is expected as a list of one (Portkey's {@code usage_limits} is an object
   * on keys and a list on workspaces), accepts
   * numbers sent as strings, refuses numbers outside {@link NumberBounds} and fractional counts
   * (see {@code NumberDeserializers}), reads Portkey's date-time forms and maps unknown enum values
   * to {@code UNKNOWN}. Thread-safe once built.
   *
   * @return a new mapper
   */
  public static ObjectMapper create() {
    JsonSetter.Value nullAsEmpty = JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY);
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new PortkeyModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // Build each model's deserializer on first use, not all 33 when Retrofit validates the
        // endpoints at build(): that cost a one-call program 0.3 s of start-up (BENCHMARKS.md).
        .disable(DeserializationFeature.EAGER_DESERIALIZER_FETCH)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .withConfigOverride(List.class, override -> override.setSetterInfo(nullAsEmpty))
        .withConfigOverride(Map.class, override -> override.setSetterInfo(nullAsEmpty))
        .build();
  }

  /** Portkey's date-time forms, bounded numbers and open enums. */
  private static final class PortkeyModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    PortkeyModule() {
      super("portkey-admin");
      addDeserializer(Instant.class, new LenientInstantDeserializer());
      NumberDeserializers.addTo(this);
    }

    @Override
    public void setupModule(SetupContext context) {
      super.setupModule(context);
      context.addDeserializers(new OpenEnumDeserializer.Lookup());
    }
  }
}
