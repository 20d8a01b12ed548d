package io.github.portkeyadmin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.GET;

/**
 * A decoder that blows its stack, asks for an impossible array or throws becomes an I/O failure
 * of the call, delivered to the waiting caller: Retrofit would otherwise rethrow the error on the
 * HTTP thread, killing it and leaving the caller waiting.
 */
class GuardedJsonConverterFactoryTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final OkHttpClient http = new OkHttpClient();

  interface Api {
    @GET("x")
    Call<Object> get();
  }

  @AfterEach
  void shutDown() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** A decoder factory that decodes by running {@code decode} on the body. */
  private static Converter.Factory decoding(Function<ResponseBody, Object> decode) {
    return new Converter.Factory() {
      @Override
      public Converter<ResponseBody, ?> responseBodyConverter(
          Type type, Annotation[] annotations, Retrofit retrofit) {
        return decode::apply;
      }
    };
  }

  private Throwable failureOfACallDecodedBy(Function<ResponseBody, Object> decode) {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    Api api = new Retrofit.Builder()
        .baseUrl(server.url("/"))
        .client(http)
        .addConverterFactory(new GuardedJsonConverterFactory(decoding(decode)))
        .build()
        .create(Api.class);
    PendingCall<Object> pending = PendingCall.enqueue(api.get());
    try {
      pending.await(Optional.of(Duration.ofSeconds(10)));
      return null;
    } catch (Exception e) {
      return e;
    }
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  @Test
  void stackOverflowWhileDecodingFailsTheCall() {
    assertThat(failureOfACallDecodedBy(body -> recurse(0)))
        .isInstanceOf(GuardedJsonConverterFactory.Undecodable.class)
        .hasMessageStartingWith("decoding ran out of stack");
  }

  @Test
  void outOfMemoryWhileDecodingFailsTheCall() {
    assertThat(failureOfACallDecodedBy(body -> new long[Integer.MAX_VALUE - 8]))
        .isInstanceOf(GuardedJsonConverterFactory.Undecodable.class)
        .hasMessage("decoding ran out of memory; lower maxResponseBytes(...) below what the heap"
            + " can hold, or give the JVM more");
  }

  @Test
  void runtimeExceptionWhileDecodingFailsTheCallNamingIt() {
    assertThat(failureOfACallDecodedBy(body -> {
      throw new IllegalStateException("no slug");
    })).isInstanceOf(GuardedJsonConverterFactory.Undecodable.class)
        .hasMessage("IllegalStateException: no slug");
  }

  @Test
  void bodiesOfOtherTypesAreLeftToOtherConverters() {
    GuardedJsonConverterFactory none = new GuardedJsonConverterFactory(new Converter.Factory() { });
    assertThatThrownBy(() -> new Retrofit.Builder().baseUrl(server.url("/"))
        .addConverterFactory(none).build().create(Api.class).get())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unable to create converter");
  }
}
