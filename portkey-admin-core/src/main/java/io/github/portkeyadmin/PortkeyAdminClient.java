package io.github.portkeyadmin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.analytics.Analytics;
import io.github.portkeyadmin.internal.ApiCaller;
import io.github.portkeyadmin.internal.BaseUrls;
import io.github.portkeyadmin.internal.Checks;
import io.github.portkeyadmin.internal.DefaultAnalytics;
import io.github.portkeyadmin.internal.DefaultLogExports;
import io.github.portkeyadmin.internal.DefaultVirtualKeys;
import io.github.portkeyadmin.internal.DefaultWorkspaces;
import io.github.portkeyadmin.internal.ErrorMapper;
import io.github.portkeyadmin.internal.HeadersInterceptor;
import io.github.portkeyadmin.internal.ObjectMappers;
import io.github.portkeyadmin.internal.PortkeyAdminApi;
import io.github.portkeyadmin.logexports.LogExports;
import io.github.portkeyadmin.virtualkeys.VirtualKeys;
import io.github.portkeyadmin.workspaces.Workspaces;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

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
 *   <tr><td>Whole-call timeout</td><td>{@code callTimeout}</td><td></td><td>60 s</td></tr>
 *   <tr><td>Cleartext http:// to a remote host</td><td>{@code allowInsecureHttp}</td><td></td>
 *       <td>refused (loopback is always allowed)</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe: share one client across threads. {@link #close()} releases its
 * connections and threads. {@link #toString()} never shows the key.
 */
public final class PortkeyAdminClient implements AutoCloseable {
  /** The public Portkey API: {@value}. */
  public static final String DEFAULT_BASE_URL = "https://api.portkey.ai/v1/";

  /** The environment variable read for the API key. */
  public static final String API_KEY_ENV = "PORTKEY_API_KEY";

  /** The environment variable read for the base URL. */
  public static final String BASE_URL_ENV = "PORTKEY_BASE_URL";

  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final Analytics analytics;
  private final Workspaces workspaces;
  private final VirtualKeys virtualKeys;
  private final LogExports logExports;

  private PortkeyAdminClient(Builder builder, String apiKey, HttpUrl baseUrl) {
    this.baseUrl = baseUrl;
    this.http = new OkHttpClient.Builder()
        .connectTimeout(builder.connectTimeout)
        .readTimeout(builder.readTimeout)
        .callTimeout(builder.callTimeout)
        .addInterceptor(new HeadersInterceptor(apiKey, userAgent()))
        .build();
    ObjectMapper mapper = ObjectMappers.create();
    PortkeyAdminApi api = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(http)
        .addConverterFactory(JacksonConverterFactory.create(mapper))
        .validateEagerly(true)
        .build()
        .create(PortkeyAdminApi.class);
    ApiCaller caller = new ApiCaller(new ErrorMapper(mapper, Clock.systemUTC(), apiKey));
    this.analytics = new DefaultAnalytics(api, caller);
    this.workspaces = new DefaultWorkspaces(api, caller);
    this.virtualKeys = new DefaultVirtualKeys(api, caller);
    this.logExports = new DefaultLogExports(api, caller);
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
   * @throws IllegalArgumentException if {@code PORTKEY_API_KEY} is unset or blank, or {@code
   *     PORTKEY_BASE_URL} is not a valid base URL
   */
  public static PortkeyAdminClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * Cost, request and token graphs, and per-user and per-model summaries.
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
   * The base URL requests go to, ending in {@code /}.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /** Releases the client's pooled connections and threads. Calling it again does nothing. */
  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "PortkeyAdminClient{baseUrl=" + baseUrl + ", apiKey=[redacted]}";
  }

  private static String userAgent() {
    String version = PortkeyAdminClient.class.getPackage().getImplementationVersion();
    return "portkey-admin-java/" + (version == null ? "dev" : version);
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

    private Builder() {}

    /**
     * Sets the API key: an organisation Admin API key, or a key with the scopes of the calls made
     * (analytics need {@code analytics.view}). Required.
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
     * Sets the whole-call timeout, from connecting to the last byte of the body. Default 60 s;
     * zero means none.
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
     * @throws IllegalArgumentException if the key is missing or blank, or the base URL is
     *     malformed or cleartext to a remote host (see {@link #allowInsecureHttp(boolean)})
     */
    public PortkeyAdminClient build() {
      if (apiKey == null) {
        throw new IllegalArgumentException("apiKey is not set: call apiKey(...) or set the "
            + API_KEY_ENV + " environment variable to an organisation Admin API key");
      }
      Checks.requireNonBlank(apiKey, "apiKey",
          "pass the key from the Portkey app (API Keys), not an empty string");
      return new PortkeyAdminClient(this, apiKey.strip(), BaseUrls.parse(baseUrl, allowInsecureHttp));
    }

    private static Duration requireTimeout(Duration timeout, String name) {
      Objects.requireNonNull(timeout, name + " == null");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException(name + " must be >= 0 (0 means no timeout), got "
            + timeout);
      }
      return timeout;
    }

    @Override
    public String toString() {
      return "PortkeyAdminClient.Builder{baseUrl=" + baseUrl + ", apiKey=[redacted]}";
    }
  }
}
