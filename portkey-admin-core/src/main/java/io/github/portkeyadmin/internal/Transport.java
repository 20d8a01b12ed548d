package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.CallOptions;
import io.github.portkeyadmin.HttpLogLevel;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The HTTP stack of one client: OkHttp, Retrofit, the retrying caller and async threads. A view
 * made by {@link #withOptions} shares the connection pool, dispatcher, throttle and threads of the
 * transport it came from.
 */
public final class Transport implements AutoCloseable {
  private final Transport root;
  private final ClientSettings settings;
  private final ObjectMapper mapper;
  private final CallEvents events;
  private final HeadersInterceptor headers;
  private final OkHttpClient http;
  private final PortkeyAdminApi api;
  private final ApiCaller caller;
  private final AsyncRunner async;

  /**
   * Builds the stack.
   *
   * @param settings validated settings
   * @param userAgent the {@code User-Agent} value
   */
  public Transport(ClientSettings settings, String userAgent) {
    this.root = this;
    this.settings = settings;
    this.mapper = ObjectMappers.create();
    this.events = new CallEvents(settings.listeners());
    this.headers =
        new HeadersInterceptor(settings.apiKey(), userAgent, settings.network().defaultHeaders());
    this.http = okHttp(settings, headers, events.enabled());
    this.api = retrofit(http, true);
    this.caller = caller(settings.maxRetries(), settings.timeouts());
    this.async = new AsyncRunner();
  }

  private Transport(Transport root, OkHttpClient http, PortkeyAdminApi api, ApiCaller caller) {
    this.root = root;
    this.settings = root.settings;
    this.mapper = root.mapper;
    this.events = root.events;
    this.headers = root.headers;
    this.http = http;
    this.api = api;
    this.caller = caller;
    this.async = root.async;
  }

  /**
   * A view whose calls use the overrides, always derived from the client's own settings. The
   * view's OkHttp client, where one is needed for headers or a timeout, is derived with {@code
   * newBuilder()}, which shares the connection pool and dispatcher.
   *
   * @param options the overrides, already merged with any earlier view's
   * @return the view
   */
  public Transport withOptions(CallOptions options) {
    Timeouts timeouts = options.callTimeout()
        .map(call -> new Timeouts(settings.timeouts().connect(), settings.timeouts().read(), call))
        .orElse(settings.timeouts());
    OkHttpClient viewHttp = root.http;
    if (!options.headers().isEmpty() || options.callTimeout().isPresent()) {
      OkHttpClient.Builder builder = root.http.newBuilder().callTimeout(timeouts.call());
      HeadersInterceptor viewHeaders = headers.plus(options.headers());
      builder.interceptors().replaceAll(each -> each == headers ? viewHeaders : each);
      viewHttp = builder.build();
    }
    PortkeyAdminApi viewApi = viewHttp == root.http ? root.api : retrofit(viewHttp, false);
    int retries = options.maxRetries().orElse(settings.maxRetries());
    return new Transport(root, viewHttp, viewApi, caller(retries, timeouts));
  }

  private PortkeyAdminApi retrofit(OkHttpClient client, boolean validateEagerly) {
    return new Retrofit.Builder()
        .baseUrl(settings.baseUrl())
        .client(client)
        .addConverterFactory(
            new BufferedJsonConverterFactory(JacksonConverterFactory.create(mapper)))
        .validateEagerly(validateEagerly)
        .build()
        .create(PortkeyAdminApi.class);
  }

  private ApiCaller caller(int maxRetries, Timeouts timeouts) {
    RetryPolicy retries = new RetryPolicy(maxRetries, settings.maxRetryWait(),
        () -> ThreadLocalRandom.current().nextDouble());
    return new ApiCaller(new ErrorMapper(mapper, settings.clock(), settings.apiKey()),
        retries, settings.sleeper(), timeouts, events);
  }

  private static OkHttpClient okHttp(
      ClientSettings settings, HeadersInterceptor headers, boolean measureBodies) {
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .connectTimeout(settings.timeouts().connect())
        .readTimeout(settings.timeouts().read())
        .callTimeout(settings.timeouts().call())
        .retryOnConnectionFailure(false);
    configureNetwork(builder, settings.network());
    if (settings.requestsPerSecond() > 0) {
      Throttle throttle =
          new Throttle(settings.requestsPerSecond(), settings.clock(), settings.sleeper());
      builder.addInterceptor(chain -> {
        throttle.acquire();
        return chain.proceed(chain.request());
      });
    }
    builder.addInterceptor(headers);
    if (settings.logLevel() != HttpLogLevel.NONE) {
      HttpLoggingInterceptor logging = new HttpLoggingInterceptor(settings.logSink()::accept);
      logging.redactHeader(HeadersInterceptor.API_KEY_HEADER);
      logging.setLevel(settings.logLevel() == HttpLogLevel.BASIC
          ? HttpLoggingInterceptor.Level.BASIC
          : HttpLoggingInterceptor.Level.HEADERS);
      builder.addInterceptor(logging);
    }
    if (measureBodies) {
      builder.addInterceptor(new BodyMeter());
    }
    return builder.build();
  }

  private static void configureNetwork(OkHttpClient.Builder builder, Network network) {
    if (network.proxy() != null) {
      builder.proxy(network.proxy());
    }
    Network.ProxyCredentials credentials = network.proxyCredentials();
    if (credentials != null) {
      builder.proxyAuthenticator(new ProxyAuthenticator(credentials));
    }
    Network.Trust trust = network.trust();
    if (trust != null) {
      builder.sslSocketFactory(trust.socketFactory(), trust.trustManager());
    }
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
   * Stops the async threads and the HTTP dispatcher, and closes pooled connections: those of
   * every view too, which share them.
   */
  @Override
  public void close() {
    async.close();
    root.http.dispatcher().executorService().shutdown();
    root.http.connectionPool().evictAll();
  }

  /**
   * Connections currently open in the pool, for tests of resource release.
   *
   * @return the count
   */
  int connectionCount() {
    return http.connectionPool().connectionCount();
  }

  /**
   * Whether this transport and another use the very same connection pool and dispatcher.
   *
   * @param other another transport
   * @return {@code true} if both share them
   */
  boolean sharesConnectionsWith(Transport other) {
    return http.connectionPool() == other.http.connectionPool()
        && http.dispatcher() == other.http.dispatcher();
  }
}
