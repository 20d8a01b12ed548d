package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.errors.PortkeyException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Decodes bodies as they stream in (bounded by {@link ResponseBodyLimit}), and turns a decoder
 * failure that is not an I/O failure (a runtime exception, running out of memory or stack) into
 * an {@link Undecodable} I/O failure of the call. Retrofit rethrows such errors on the HTTP
 * thread, which would kill it and leave the caller waiting; the body's half-built objects are
 * garbage once decoding stops, so the heap recovers.
 */
final class GuardedJsonConverterFactory extends Converter.Factory {
  private final Converter.Factory json;

  GuardedJsonConverterFactory(Converter.Factory json) {
    this.json = json;
  }

  @Override
  public @Nullable Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> decode = json.responseBodyConverter(type, annotations, retrofit);
    if (decode == null) {
      return null;
    }
    return body -> {
      try (body) {
        return decode.convert(body);
      } catch (PortkeyException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new Undecodable(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
      } catch (OutOfMemoryError | StackOverflowError e) {
        throw new Undecodable("decoding ran out of "
            + (e instanceof OutOfMemoryError ? "memory" : "stack") + "; lower maxResponseBytes(...)"
            + " below what the heap can hold, or give the JVM more", null);
      }
    };
  }

  /** The decoder failed other than by reading or parsing. */
  static final class Undecodable extends IOException {
    private static final long serialVersionUID = 1L;

    Undecodable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
