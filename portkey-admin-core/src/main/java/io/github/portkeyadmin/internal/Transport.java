package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.HttpLogLevel;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/** The HTTP stack of one client: OkHttp, Retrofit, the retrying caller and async threads. */
public final class Transport implements AutoCloseable {
  private final OkHttpClient http;
  private final PortkeyAdminApi api;
  private final ApiCaller caller;
  private final AsyncRunner async = new AsyncRunner();

  /**
   * Builds the stack.
   *
   * @param settings validated settings
   * @param userAgent the {@code User-Agent} value
   */
  public Transport(ClientSettings settings, String userAgent) {
    this.http = okHttp(settings, userAgent);
    ObjectMapper mapper = ObjectMappers.create();
    this.api = new Retrofit.Builder()
        .baseUrl(settings.baseUrl())
        .client(http)
        .addConverterFactory(
            new BufferedJsonConverterFactory(JacksonConverterFactory.create(mapper)))
        .validateEagerly(true)
        .build()
        .create(PortkeyAdminApi.class);
    RetryPolicy retries = new RetryPolicy(settings.maxRetries(), settings.maxRetryWait(),
        () -> ThreadLocalRandom.current().nextDouble());
    this.caller = new ApiCaller(new ErrorMapper(mapper, settings.clock(), settings.apiKey()),
        retries, settings.sleeper(), settings.timeouts());
  }

  private static OkHttpClient okHttp(ClientSettings settings, String userAgent) {
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .connectTimeout(settings.timeouts().connect())
        .readTimeout(settings.timeouts().read())
        .callTimeout(settings.timeouts().call())
        .retryOnConnectionFailure(false);
    if (settings.requestsPerSecond() > 0) {
      Throttle throttle =
          new Throttle(settings.requestsPerSecond(), settings.clock(), settings.sleeper());
      builder.addInterceptor(chain -> {
        throttle.acquire();
        return chain.proceed(chain.request());
      });
    }
    builder.addInterceptor(new HeadersInterceptor(settings.apiKey(), userAgent));
    if (settings.logLevel() != HttpLogLevel.NONE) {
      HttpLoggingInterceptor logging = new HttpLoggingInterceptor(settings.logSink()::accept);
      logging.redactHeader(HeadersInterceptor.API_KEY_HEADER);
      logging.setLevel(settings.logLevel() == HttpLogLevel.BASIC
          ? HttpLoggingInterceptor.Level.BASIC
          : HttpLoggingInterceptor.Level.HEADERS);
      builder.addInterceptor(logging);
    }
    return builder.build();
  }

  /**
   * The endpoints.
   *
   * @return the Retrofit interface
   */
  public PortkeyAdminApi api() {
    return api;
  }

  /**
   * Runs calls with retries and error mapping.
   *
   * @return the caller
   */
  public ApiCaller caller() {
    return caller;
  }

  /**
   * Runs calls asynchronously.
   *
   * @return the runner
   */
  public AsyncRunner async() {
    return async;
  }

  /** Stops the async threads and the HTTP dispatcher, and closes pooled connections. */
  @Override
  public void close() {
    async.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /**
   * Connections currently open in the pool, for tests of resource release.
   *
   * @return the count
   */
  int connectionCount() {
    return http.connectionPool().connectionCount();
  }
}
