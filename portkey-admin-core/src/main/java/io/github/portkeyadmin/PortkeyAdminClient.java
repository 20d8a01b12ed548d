package io.github.portkeyadmin;

import io.github.portkeyadmin.analytics.Analytics;
import io.github.portkeyadmin.apikeys.ApiKeys;
import io.github.portkeyadmin.internal.BaseUrls;
import io.github.portkeyadmin.internal.Checks;
import io.github.portkeyadmin.internal.ClientSettings;
import io.github.portkeyadmin.internal.DefaultAnalytics;
import io.github.portkeyadmin.internal.DefaultApiKeys;
import io.github.portkeyadmin.internal.DefaultLogExports;
import io.github.portkeyadmin.internal.DefaultProviders;
import io.github.portkeyadmin.internal.DefaultRawRequests;
import io.github.portkeyadmin.internal.DefaultVirtualKeys;
import io.github.portkeyadmin.internal.DefaultWorkspaces;
import io.github.portkeyadmin.internal.HeaderChecks;
import io.github.portkeyadmin.internal.Network;
import io.github.portkeyadmin.internal.PemTrust;
import io.github.portkeyadmin.internal.KeyFormat;
import io.github.portkeyadmin.internal.Timeouts;
import io.github.portkeyadmin.internal.Transport;
import io.github.portkeyadmin.events.CallListener;
import io.github.portkeyadmin.logexports.LogExports;
import io.github.portkeyadmin.providers.Providers;
import io.github.portkeyadmin.virtualkeys.VirtualKeys;
import io.github.portkeyadmin.workspaces.Workspaces;
import java.net.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * The entry point: a client for one Portkey organisation's Admin API.
 *
 * <pre>{@code
 * try (PortkeyAdminClient client = PortkeyAdminClient.fromEnv()) {
 *   CostAnalytics cost = client.analytics().cost(AnalyticsQuery.builder()
 *       .workspaceSlug("ws-prod")
 *       .timeRange(TimeRange.lastDays(30))
 *       .build());
 *   System.out.println(cost.summary().totalDollars());
 * }
 * }</pre>
 *
 * <h2>Configuration</h2>
 *
 * <table>
 *   <caption>Settings; a builder setter wins over the environment</caption>
 *   <tr><th>Setting</th><th>Builder</th><th>Environment</th><th>Default</th></tr>
 *   <tr><td>API key</td><td>{@code apiKey}</td><td>{@code PORTKEY_API_KEY}</td><td>none:
 *       required</td></tr>
 *   <tr><td>Base URL</td><td>{@code baseUrl}</td><td>{@code PORTKEY_BASE_URL}</td>
 *       <td>{@value #DEFAULT_BASE_URL}</td></tr>
 *   <tr><td>Connect timeout</td><td>{@code connectTimeout}</td><td></td><td>10 s</td></tr>
 *   <tr><td>Read timeout</td><td>{@code readTimeout}</td><td></td><td>30 s</td></tr>
 *   <tr><td>Whole-call timeout, retries and waits included</td><td>{@code callTimeout}</td>
 *       <td></td><td>60 s</td></tr>
 *   <tr><td>Retries after the first attempt</td><td>{@code maxRetries}</td><td></td><td>2</td></tr>
 *   <tr><td>Longest server-requested wait honoured</td><td>{@code maxRetryWait}</td><td></td>
 *       <td>30 s</td></tr>
 *   <tr><td>Client-side request rate cap</td><td>{@code maxRequestsPerSecond}</td><td></td>
 *       <td>none</td></tr>
 *   <tr><td>Largest response body, after decompression</td><td>{@code maxResponseBytes}</td>
 *       <td></td><td>64 MiB</td></tr>
 *   <tr><td>HTTP logging</td><td>{@code httpLogging}</td><td></td><td>{@code NONE}</td></tr>
 *   <tr><td>Cleartext http:// to a remote host</td><td>{@code allowInsecureHttp}</td><td></td>
 *       <td>refused (loopback is always allowed)</td></tr>
 *   <tr><td>Proxy, with optional basic credentials</td><td>{@code proxy}, {@code
 *       proxyCredentials}</td><td></td><td>the JVM's proxy selection</td></tr>
 *   <tr><td>TLS trust for a private CA</td><td>{@code trustedCertificates}, {@code
 *       sslContext}</td><td></td><td>the JVM's trust store</td></tr>
 *   <tr><td>Extra headers on every request</td><td>{@code defaultHeader}</td><td></td>
 *       <td>none</td></tr>
 *   <tr><td>Text after the SDK's User-Agent</td><td>{@code userAgentSuffix}</td><td></td>
 *       <td>none</td></tr>
 *   <tr><td>Call events</td><td>{@code addCallListener}</td><td></td><td>none</td></tr>
 * </table>
 *
 * <p>Per call, {@link #withOptions(Consumer)} overrides the retry count, the whole-call timeout
 * and headers, sharing this client's connections and threads.
 *
 * <p>There is deliberately no hook taking an {@code OkHttpClient}: it would put OkHttp in the
 * public API, and interceptors of the caller's would see the API key. Proxy, trust, headers and
 * call listeners cover what such a hook is used for.
 *
 * <h2>Retries</h2>
 *
 * <p>Statuses 408, 429, 500, 502, 503, 504 and I/O failures before a response arrived are retried
 * up to {@code maxRetries} times, waiting 0.5 s, 1 s, 2 s ... (capped at 8 s, with jitter
 * between half and all of that), or exactly what the server asked for in {@code Retry-After} /
 * {@code retry-after-ms}. A requested wait above {@code maxRetryWait} is not waited for: the call
 * fails at once, e.g. with {@link io.github.portkeyadmin.errors.RateLimitException#retryAfter()}
 * saying how long. Other 4xx are never retried. Every call is a read, so retrying is safe. No
 * retry starts, and no wait begins, that would end after the whole-call timeout.
 *
 * <h2>Security</h2>
 *
 * <p>The key is sent only to the scheme, host and port of the base URL. Redirects are never
 * followed: a 3xx fails with {@link io.github.portkeyadmin.errors.RedirectRefusedException}.
 * Bodies are bounded by {@code maxResponseBytes}; the key and signed-URL credentials are removed
 * from every message and log line the SDK produces.
 *
 * <p>Immutable and thread-safe: share one client across threads. {@link #close()} is final: it
 * cancels calls in flight and releases connections and threads. {@link #toString()} never shows
 * the key.
 */
public final class PortkeyAdminClient implements AutoCloseable {
  /** The public Portkey API: {@value}. */
  public static final String DEFAULT_BASE_URL = "https://api.portkey.ai/v1/";

  /** The default of {@code maxResponseBytes}: 64 MiB, far above the largest real answer. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

  /** The environment variable read for the API key. */
  public static final String API_KEY_ENV = "PORTKEY_API_KEY";

  /** The environment variable read for the base URL. */
  public static final String BASE_URL_ENV = "PORTKEY_BASE_URL";

  private final ClientSettings settings;
  private final Transport transport;
  private final @Nullable CallOptions options;
  private final Analytics analytics;
  private final Workspaces workspaces;
  private final VirtualKeys virtualKeys;
  private final LogExports logExports;
  private final Providers providers;
  private final ApiKeys apiKeys;
  private final RawRequests raw;

  private PortkeyAdminClient(ClientSettings settings) {
    this(settings, new Transport(settings, userAgent(settings.network())), null);
  }

  private PortkeyAdminClient(
      ClientSettings settings, Transport transport, @Nullable CallOptions options) {
    this.settings = settings;
    this.transport = transport;
    this.options = options;
    this.analytics = new DefaultAnalytics(transport);
    this.workspaces = new DefaultWorkspaces(transport);
    this.virtualKeys = new DefaultVirtualKeys(transport);
    this.logExports = new DefaultLogExports(transport);
    this.providers = new DefaultProviders(transport);
    this.apiKeys = new DefaultApiKeys(transport);
    this.raw = new DefaultRawRequests(transport);
  }

  /**
   * Starts a builder with the defaults of the configuration table.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from {@code PORTKEY_API_KEY} and, if set, {@code PORTKEY_BASE_URL}.
   *
   * @return the client
   * @throws IllegalArgumentException if {@code PORTKEY_API_KEY} is unset, blank or has a control or
   *     non-ASCII character inside it (surrounding whitespace, such as a trailing newline, is
   *     dropped), or {@code PORTKEY_BASE_URL} is not a valid base URL
   */
  public static PortkeyAdminClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * Every analytics graph, summary and grouping: cost, requests, tokens, latency, errors, cache,
   * feedback, per user, model and metadata value.
   *
   * @return the analytics calls
   */
  public Analytics analytics() {
    return analytics;
  }

  /**
   * The organisation's workspaces.
   *
   * @return the workspace calls
   */
  public Workspaces workspaces() {
    return workspaces;
  }

  /**
   * Virtual keys, with their budgets and expiry.
   *
   * @return the virtual key calls
   */
  public VirtualKeys virtualKeys() {
    return virtualKeys;
  }

  /**
   * Log export jobs.
   *
   * @return the log export calls
   */
  public LogExports logExports() {
    return logExports;
  }

  /**
   * Providers, the successors to virtual keys.
   *
   * @return the provider calls
   */
  public Providers providers() {
    return providers;
  }

  /**
   * API keys of the organisation and its workspaces, values masked.
   *
   * @return the API key calls
   */
  public ApiKeys apiKeys() {
    return apiKeys;
  }

  /**
   * GET any read-only path below the base URL as JSON, for endpoints without a typed call.
   *
   * @return the raw calls
   */
  public RawRequests raw() {
    return raw;
  }

  /**
   * A view of this client whose calls use the given overrides, e.g. {@code
   * client.withOptions(o -> o.maxRetries(0).callTimeout(Duration.ofSeconds(5)))}. The view shares
   * this client's connection pool, threads, throttle and listeners; creating one is cheap, but
   * keep it if you call through it often. Options of a view's view are merged, the later winning.
   * Closing a view does nothing: close the client it came from.
   *
   * @param options sets the overrides
   * @return the view
   * @throws IllegalArgumentException if an option is invalid (see {@link CallOptions.Builder})
   */
  public PortkeyAdminClient withOptions(Consumer<CallOptions.Builder> options) {
    CallOptions.Builder builder = CallOptions.builder();
    options.accept(builder);
    return withOptions(builder.build());
  }

  /**
   * A view of this client whose calls use the given overrides; see {@link
   * #withOptions(Consumer)}.
   *
   * @param options the overrides
   * @return the view
   */
  public PortkeyAdminClient withOptions(CallOptions options) {
    Objects.requireNonNull(options, "options == null");
    CallOptions merged = this.options == null ? options : this.options.mergedWith(options);
    return new PortkeyAdminClient(settings, transport.withOptions(merged), merged);
  }

  /**
   * The base URL requests go to, ending in {@code /}.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return settings.baseUrl().toString();
  }

  /**
   * Closes the client for good: calls in flight are cancelled (they fail with {@link
   * io.github.portkeyadmin.errors.PortkeyConnectionException}), pooled connections are closed and
   * the client's threads stop. Every call made afterwards, sync or async, throws {@link
   * IllegalStateException}, through its views too. Calling it again does nothing. On a view from
   * {@link #withOptions(Consumer)} it does nothing: close the client the view came from.
   */
  @Override
  public void close() {
    if (options == null) {
      transport.close();
    }
  }

  @Override
  public String toString() {
    return "PortkeyAdminClient{baseUrl=" + settings.baseUrl() + ", maxRetries="
        + settings.maxRetries() + (options == null ? "" : ", options=" + options)
        + ", apiKey=[redacted]}";
  }

  private static String userAgent(Network network) {
    String version = PortkeyAdminClient.class.getPackage().getImplementationVersion();
    String sdk = "portkey-admin-java/" + (version == null ? "dev" : version);
    return network.userAgentSuffix().isEmpty() ? sdk : sdk + " " + network.userAgentSuffix();
  }

  /**
   * Configures a {@link PortkeyAdminClient}. Not thread-safe; {@link #build()} validates
   * everything before any request is made.
   */
  public static final class Builder {
    private @Nullable String apiKey;
    private String baseUrl = DEFAULT_BASE_URL;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private boolean allowInsecureHttp;
    private int maxRetries = 2;
    private Duration maxRetryWait = Duration.ofSeconds(30);
    private double maxRequestsPerSecond;
    private HttpLogLevel logLevel = HttpLogLevel.NONE;
    private Consumer<String> logSink = Builder::logToSystemLogger;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.THREAD_SLEEP;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private @Nullable Proxy proxy;
    private Network.@Nullable ProxyCredentials proxyCredentials;
    private Network.@Nullable Trust trust;
    private @Nullable Path trustedCertificates;
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private String userAgentSuffix = "";
    private final List<CallListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the API key: an organisation Admin API key, or a key with the scopes of the calls made
     * (analytics need {@code analytics.view}). Required. Whitespace around it, such as the newline
     * ending a secret file, is dropped; {@link #build()} refuses control and non-ASCII characters.
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey == null");
      return this;
    }

    /**
     * Sets the base URL, e.g. a self-hosted control plane's {@code https://host/v1/}. Default
     * {@value PortkeyAdminClient#DEFAULT_BASE_URL}. A missing trailing {@code /} is added.
     *
     * @param baseUrl the URL
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
      return this;
    }

    /**
     * Sets the TCP connect timeout. Default 10 s; zero means none.
     *
     * @param timeout the timeout, not negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requireTimeout(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the read timeout: the longest silence while waiting for response bytes. Default 30 s;
     * zero means none.
     *
     * @param timeout the timeout, not negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = requireTimeout(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the whole-call timeout: from the first connect to the last byte of the last body,
     * retries and the waits between them included. A retry wait that would end after it is not
     * begun; the call fails with the last failure instead. Default 60 s; zero means none.
     *
     * @param timeout the timeout, not negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = requireTimeout(timeout, "callTimeout");
      return this;
    }

    /**
     * Sets the largest response body read, counted after decompression (so a small gzip that
     * inflates enormously counts at its inflated size). Bodies are decoded as they stream in and
     * reading stops at the limit, with a {@link
     * io.github.portkeyadmin.errors.ResponseTooLargeException}. Error bodies are read up to 64 KiB
     * whatever this is. Default 64 MiB ({@link #DEFAULT_MAX_RESPONSE_BYTES}).
     *
     * @param maxBytes the limit in bytes, above 0
     * @return this builder
     * @throws IllegalArgumentException if not above 0
     */
    public Builder maxResponseBytes(long maxBytes) {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxResponseBytes must be above 0, got " + maxBytes
            + "; the default is " + DEFAULT_MAX_RESPONSE_BYTES + " (64 MiB)");
      }
      this.maxResponseBytes = maxBytes;
      return this;
    }

    /**
     * Allows a {@code http://} base URL to a host other than loopback. Off by default, because
     * the API key would travel in clear text.
     *
     * @param allow whether to allow it
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * Sets how many times a failed call is retried (see the class documentation for which
     * failures). Default 2, so at most 3 requests; 0 turns retrying off.
     *
     * @param maxRetries retries after the first attempt, 0 to 10
     * @return this builder
     * @throws IllegalArgumentException if outside 0 to 10
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = requireRetries(maxRetries);
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} the client waits for. A longer requested wait fails the
     * call at once, carrying the requested wait. Default 30 s.
     *
     * @param maxRetryWait the cap, not negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetryWait(Duration maxRetryWait) {
      this.maxRetryWait = requireTimeout(maxRetryWait, "maxRetryWait");
      return this;
    }

    /**
     * Caps the requests per second of this client, across all threads and retries: for tools
     * that fan out over many workspaces. Calls wait for their turn. Off by default.
     *
     * @param requestsPerSecond the cap, above 0
     * @return this builder
     * @throws IllegalArgumentException if not above 0
     */
    public Builder maxRequestsPerSecond(double requestsPerSecond) {
      if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
        throw new IllegalArgumentException(
            "maxRequestsPerSecond must be a finite number above 0, got " + requestsPerSecond);
      }
      this.maxRequestsPerSecond = requestsPerSecond;
      return this;
    }

    /**
     * Logs each HTTP exchange to the {@link System.Logger} named {@code
     * io.github.portkeyadmin.http} at {@code INFO}. The API key header is redacted; bodies are
     * never logged. Default {@link HttpLogLevel#NONE}.
     *
     * @param level what to log
     * @return this builder
     */
    public Builder httpLogging(HttpLogLevel level) {
      return httpLogging(level, Builder::logToSystemLogger);
    }

    /**
     * Logs each HTTP exchange to the given sink, one line per call of it. The API key header is
     * redacted; bodies are never logged.
     *
     * @param level what to log
     * @param sink receives each log line
     * @return this builder
     */
    public Builder httpLogging(HttpLogLevel level, Consumer<String> sink) {
      this.logLevel = Objects.requireNonNull(level, "level == null");
      this.logSink = Objects.requireNonNull(sink, "sink == null");
      return this;
    }

    /**
     * Sends every request through this proxy, e.g. {@code new Proxy(Proxy.Type.HTTP, new
     * InetSocketAddress("proxy.corp", 3128))}. Default: the JVM's {@link java.net.ProxySelector}
     * (the {@code https.proxyHost} system properties); {@link Proxy#NO_PROXY} goes direct.
     *
     * @param proxy the proxy
     * @return this builder
     */
    public Builder proxy(Proxy proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy == null");
      return this;
    }

    /**
     * Answers the proxy's {@code 407 Proxy Authentication Required} with basic credentials. They
     * are never printed or logged. Default none.
     *
     * @param username the proxy user
     * @param password the proxy password
     * @return this builder
     * @throws IllegalArgumentException if the username is blank
     */
    public Builder proxyCredentials(String username, String password) {
      Checks.requireNonBlank(username, "proxyCredentials username",
          "pass the proxy account's user name");
      Objects.requireNonNull(password, "password == null");
      this.proxyCredentials = new Network.ProxyCredentials(username, password);
      return this;
    }

    /**
     * Trusts exactly the CA certificates of a PEM bundle (one or more {@code -----BEGIN
     * CERTIFICATE-----} blocks), like {@code curl --cacert}: for a private CA or a TLS-inspecting
     * gateway. The JVM's own CAs are not trusted then; put them in the bundle too if the client
     * also reaches public hosts. Read by {@link #build()}. Default: the JVM's trust store.
     *
     * @param pemBundle the bundle's path
     * @return this builder
     */
    public Builder trustedCertificates(Path pemBundle) {
      this.trustedCertificates = Objects.requireNonNull(pemBundle, "pemBundle == null");
      this.trust = null;
      return this;
    }

    /**
     * Uses a TLS context of your own, e.g. one built from a corporate trust store. Replaces {@link
     * #trustedCertificates(Path)}.
     *
     * @param sslContext an initialised context
     * @param trustManager the trust manager {@code sslContext} was initialised with
     * @return this builder
     */
    public Builder sslContext(SSLContext sslContext, X509TrustManager trustManager) {
      Objects.requireNonNull(sslContext, "sslContext == null");
      Objects.requireNonNull(trustManager, "trustManager == null");
      this.trust = PemTrust.of(sslContext, trustManager);
      this.trustedCertificates = null;
      return this;
    }

    /**
     * Adds a header to every request, e.g. one a gateway requires. Setting a name again replaces
     * its value. The API key header and {@code User-Agent} cannot be set this way: {@link
     * #build()} refuses them.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder defaultHeader(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      defaultHeaders.put(name, value);
      return this;
    }

    /**
     * Names your application after the SDK in {@code User-Agent}: {@code portkey-admin-java/0.1.0
     * my-app/1.2}. Default none.
     *
     * @param suffix e.g. {@code my-app/1.2}, printable ASCII
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      this.userAgentSuffix = Objects.requireNonNull(suffix, "suffix == null").strip();
      return this;
    }

    /**
     * Adds a listener told of every call's start, retries and end (see {@link CallListener}).
     * Listeners run in the order added. Default none.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addCallListener(CallListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    /**
     * Sets the clock used for {@code Retry-After} dates and the throttle. Default UTC system clock;
     * tests pass a fixed or stepping clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets what waits between retries and for the throttle. Default {@link Sleeper#THREAD_SLEEP};
     * tests pass one that records the waits and returns at once.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Reads {@code PORTKEY_API_KEY} and {@code PORTKEY_BASE_URL} from the environment, where set.
     * Setters called afterwards win.
     *
     * @return this builder
     */
    public Builder fromEnv() {
      return fromEnv(System::getenv);
    }

    Builder fromEnv(UnaryOperator<String> environment) {
      String key = environment.apply(API_KEY_ENV);
      if (key != null) {
        apiKey = key;
      }
      String url = environment.apply(BASE_URL_ENV);
      if (url != null && !url.isBlank()) {
        baseUrl = url;
      }
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalArgumentException if the key is missing or blank or has a character an HTTP
     *     header cannot carry (a control or non-ASCII character: the message names its 1-based
     *     position and kind, never the key), or the base URL is malformed or cleartext to a remote
     *     host (see {@link #allowInsecureHttp(boolean)}), a default header is malformed or one
     *     the SDK owns, the User-Agent suffix is not printable ASCII, or the trusted certificates
     *     cannot be read
     */
    public PortkeyAdminClient build() {
      if (apiKey == null) {
        throw new IllegalArgumentException("apiKey is not set: call apiKey(...) or set the "
            + API_KEY_ENV + " environment variable to an organisation Admin API key");
      }
      return new PortkeyAdminClient(new ClientSettings(
          KeyFormat.require(apiKey),
          BaseUrls.parse(baseUrl, allowInsecureHttp),
          new Timeouts(connectTimeout, readTimeout, callTimeout),
          maxRetries,
          maxRetryWait,
          maxRequestsPerSecond,
          logLevel,
          logSink,
          clock,
          sleeper,
          maxResponseBytes,
          network(),
          List.copyOf(listeners)));
    }

    private Network network() {
      if (!userAgentSuffix.matches("[\\x20-\\x7e]*")) {
        throw new IllegalArgumentException("userAgentSuffix must be printable ASCII, like"
            + " my-app/1.2; got a value with other characters");
      }
      Network.Trust tls = trustedCertificates != null ? PemTrust.load(trustedCertificates) : trust;
      return new Network(proxy, proxyCredentials, tls,
          HeaderChecks.checkAll("defaultHeader", defaultHeaders), userAgentSuffix);
    }

    static int requireRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 10) {
        throw new IllegalArgumentException(
            "maxRetries must be 0 (no retries) to 10, got " + maxRetries);
      }
      return maxRetries;
    }

    private static void logToSystemLogger(String line) {
      System.getLogger("io.github.portkeyadmin.http").log(System.Logger.Level.INFO, line);
    }

    static Duration requireTimeout(Duration timeout, String name) {
      Objects.requireNonNull(timeout, name + " == null");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException(name + " must be >= 0 (0 means no timeout), got "
            + timeout);
      }
      return timeout;
    }

    @Override
    public String toString() {
      return "PortkeyAdminClient.Builder{baseUrl=" + baseUrl + ", apiKey=[redacted]"
          + (proxyCredentials == null ? "" : ", proxyCredentials=[redacted]") + "}";
    }
  }
}
