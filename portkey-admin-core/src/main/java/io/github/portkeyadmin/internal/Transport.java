package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.HttpLogLevel;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The HTTP stack of one client: OkHttp, Retrofit, the retrying caller and async threads. Follows
 * no redirects, so the key never leaves the configured origin; bounds every body; closes for
 * good.
 */
public final class Transport implements AutoCloseable {
  private final DaemonThreads httpThreadFactory = new DaemonThreads("portkey-admin-http-");
  private final ExecutorService httpThreads = httpThreadFactory.pool();
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
    Redactor redactor = new Redactor(settings.apiKey());
    this.http = okHttp(settings, userAgent, redactor);
    ObjectMapper mapper = ObjectMappers.create();
    this.api = new Retrofit.Builder()
        .baseUrl(settings.baseUrl())
        .client(http)
        .addConverterFactory(
            new GuardedJsonConverterFactory(JacksonConverterFactory.create(mapper)))
        .validateEagerly(true)
        .build()
        .create(PortkeyAdminApi.class);
    RetryPolicy retries = new RetryPolicy(settings.maxRetries(), settings.maxRetryWait(),
        () -> ThreadLocalRandom.current().nextDouble());
    this.caller = new ApiCaller(
        new ErrorMapper(mapper, settings.clock(), redactor, settings.baseUrl()),
        retries, settings, new Failures(redactor, settings.timeouts()));
  }

  private OkHttpClient okHttp(ClientSettings settings, String userAgent, Redactor redactor) {
    // Calls wait on the caller's thread, so the dispatcher must never queue them.
    Dispatcher dispatcher = new Dispatcher(httpThreads);
    dispatcher.setMaxRequests(Integer.MAX_VALUE);
    dispatcher.setMaxRequestsPerHost(Integer.MAX_VALUE);
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectTimeout(settings.timeouts().connect())
        .readTimeout(settings.timeouts().read())
        .callTimeout(Duration.ZERO) // the ApiCaller's deadline spans retries and waits
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false);
    if (settings.requestsPerSecond() > 0) {
      Throttle throttle =
          new Throttle(settings.requestsPerSecond(), settings.clock(), settings.sleeper());
      builder.addInterceptor(chain -> {
        throttle.acquire();
        return chain.proceed(chain.request());
      });
    }
    builder.addInterceptor(new ResponseBodyLimit(settings.maxResponseBytes()));
    builder.addNetworkInterceptor(
        new HeadersInterceptor(settings.apiKey(), userAgent, settings.baseUrl()));
    if (settings.logLevel() != HttpLogLevel.NONE) {
      HttpLoggingInterceptor logging =
          new HttpLoggingInterceptor(line -> settings.logSink().accept(redactor.redact(line)));
      logging.redactHeader(HeadersInterceptor.API_KEY_HEADER);
      logging.setLevel(settings.logLevel() == HttpLogLevel.BASIC
          ? HttpLoggingInterceptor.Level.BASIC
          : HttpLoggingInterceptor.Level.HEADERS);
      builder.addNetworkInterceptor(logging);
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

  /**
   * Closes for good: later calls throw {@link IllegalStateException}, calls in flight are
   * cancelled, the HTTP and async threads stop and pooled connections close.
   */
  @Override
  public void close() {
    caller.close();
    async.close();
    http.dispatcher().cancelAll();
    httpThreads.shutdown();
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

  /** The name prefix of the HTTP threads, for tests that check they end. */
  String httpThreadNamePrefix() {
    return httpThreadFactory.prefix();
  }
}
