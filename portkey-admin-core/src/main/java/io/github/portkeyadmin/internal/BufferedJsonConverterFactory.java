package io.github.portkeyadmin.internal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Reads each response body fully before decoding it, so that a connection lost mid-body (a
 * {@link BodyReadException}) can be told apart from a failure before the response and from JSON
 * that does not parse.
 */
final class BufferedJsonConverterFactory extends Converter.Factory {
  private final Converter.Factory json;

  BufferedJsonConverterFactory(Converter.Factory json) {
    this.json = json;
  }

  @Override
  public @Nullable Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> decode = json.responseBodyConverter(type, annotations, retrofit);
    if (decode == null) {
      return null;
    }
    return body -> decode.convert(ResponseBody.create(readFully(body), body.contentType()));
  }

  private static byte[] readFully(ResponseBody body) throws BodyReadException {
    try (body) {
      return body.bytes();
    } catch (IOException e) {
      throw new BodyReadException(e);
    }
  }

  /** The response arrived but its body could not be read to the end. */
  static final class BodyReadException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyReadException(IOException cause) {
      super("the response body was cut off: " + cause.getMessage(), cause);
    }
  }
}
