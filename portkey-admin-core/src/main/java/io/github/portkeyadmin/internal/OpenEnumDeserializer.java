package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.github.portkeyadmin.OpenEnum;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads any {@code OpenEnum<E>} from a JSON scalar. The enum class comes from the declared type,
 * so one lookup serves every open enum of the models.
 */
final class OpenEnumDeserializer extends StdScalarDeserializer<OpenEnum<?>> {
  private static final long serialVersionUID = 1L;

  private final Class<? extends Enum<?>> enumType;

  private OpenEnumDeserializer(Class<? extends Enum<?>> enumType) {
    super(OpenEnum.class);
    this.enumType = enumType;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public OpenEnum<?> deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    if (!parser.currentToken().isScalarValue()) {
      return (OpenEnum<?>) context.handleUnexpectedToken(OpenEnum.class, parser);
    }
    return OpenEnum.of((Class) enumType, parser.getText());
  }

  /** Finds the deserializer for each {@code OpenEnum<E>} type Jackson meets. */
  static final class Lookup extends Deserializers.Base {
    @Override
    @SuppressWarnings("unchecked")
    public @Nullable JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription description) {
      if (!type.hasRawClass(OpenEnum.class)) {
        return null;
      }
      Class<?> constants = type.containedTypeOrUnknown(0).getRawClass();
      if (!constants.isEnum()) {
        throw new IllegalArgumentException("OpenEnum needs an enum type argument, got " + type);
      }
      return new OpenEnumDeserializer((Class<? extends Enum<?>>) constants);
    }
  }
}
