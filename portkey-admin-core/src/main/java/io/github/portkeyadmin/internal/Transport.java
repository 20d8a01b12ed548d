package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.CallOptions;
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
 * good. A view made by {@link #withOptions} shares the connection pool, dispatcher, throttle,
 * threads and closed state of the transport it came from.
 */
public final class Transport implements AutoCloseable {
  private final Transport root;
  private final ClientSettings settings;
  private final ObjectMapper mapper;
  private final HeadersInterceptor headers;
  private final DaemonThreads httpThreadFactory;
  private final ExecutorService httpThreads;
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
    this.headers = new HeadersInterceptor(settings.apiKey(), userAgent, settings.baseUrl(),
        settings.network().defaultHeaders());
    this.httpThreadFactory = new DaemonThreads("portkey-admin-http-");
    this.httpThreads = httpThreadFactory.pool();
    Redactor redactor = new Redactor(settings.apiKey());
    CallEvents events = new CallEvents(settings.listeners(), redactor);
    this.http = okHttp(settings, redactor, events.enabled());
    this.api = retrofit(http, true);
    this.caller = new ApiCaller(
        new ErrorMapper(mapper, settings.clock(), redactor, settings.baseUrl()),
        retryPolicy(settings.maxRetries()), settings, new Failures(redactor, settings.timeouts()),
        events);
    this.async = new AsyncRunner();
  }

  private Transport(Transport root, OkHttpClient http, PortkeyAdminApi api, ApiCaller caller) {
    this.root = root;
    this.settings = root.settings;
    this.mapper = root.mapper;
    this.headers = root.headers;
    this.httpThreadFactory = root.httpThreadFactory;
    this.httpThreads = root.httpThreads;
    this.http = http;
    this.api = api;
    this.caller = caller;
    this.async = root.async;
  }

  /**
   * A view whose calls use the overrides, always derived from the client's own transport. Extra
   * headers need an OkHttp client of their own, derived with {@code newBuilder()}, which shares
   * the connection pool and dispatcher; retries and the whole-call deadline live in the caller.
   *
   * @param options the overrides, already merged with any earlier view's
   * @return the view
   */
  public Transport withOptions(CallOptions options) {
    Timeouts base = settings.timeouts();
    Timeouts timeouts = options.callTimeout()
        .map(call -> new Timeouts(base.connect(), base.read(), call))
        .orElse(base);
    OkHttpClient viewHttp = root.http;
    PortkeyAdminApi viewApi = root.api;
    if (!options.headers().isEmpty()) {
      OkHttpClient.Builder builder = root.http.newBuilder();
      HeadersInterceptor viewHeaders = headers.plus(options.headers());
      builder.networkInterceptors().replaceAll(each -> each == headers ? viewHeaders : each);
      viewHttp = builder.build();
      viewApi = retrofit(viewHttp, false);
    }
    int retries = options.maxRetries().orElse(settings.maxRetries());
    return new Transport(root, viewHttp, viewApi,
        root.caller.withOptions(retryPolicy(retries), timeouts));
  }

  private PortkeyAdminApi retrofit(OkHttpClient client, boolean validateEagerly) {
    return new Retrofit.Builder()
        .baseUrl(settings.baseUrl())
        .client(client)
        .addConverterFactory(
            new GuardedJsonConverterFactory(JacksonConverterFactory.create(mapper)))
        .validateEagerly(validateEagerly)
        .build()
        .create(PortkeyAdminApi.class);
  }

  private RetryPolicy retryPolicy(int maxRetries) {
    return new RetryPolicy(maxRetries, settings.maxRetryWait(),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  private OkHttpClient okHttp(ClientSettings settings, Redactor redactor, boolean countBytes) {
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
    configureNetwork(builder, settings.network());
    if (settings.requestsPerSecond() > 0) {
      Throttle throttle =
          new Throttle(settings.requestsPerSecond(), settings.clock(), settings.sleeper());
      builder.addInterceptor(chain -> {
        throttle.acquire();
        return chain.proceed(chain.request());
      });
    }
    builder.addInterceptor(new ResponseBodyLimit(settings.maxResponseBytes(), countBytes));
    builder.addNetworkInterceptor(headers);
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
   * Closes for good: later calls throw {@link IllegalStateException} (through every view too),
   * calls in flight are cancelled, the HTTP and async threads stop and pooled connections close.
   */
  @Override
  public void close() {
    root.caller.close();
    async.close();
    root.http.dispatcher().cancelAll();
    httpThreads.shutdown();
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

  /** The name prefix of the HTTP threads, for tests that check they end. */
  String httpThreadNamePrefix() {
    return httpThreadFactory.prefix();
  }
}
