package io.github.portkeyadmin.spring;

import io.github.portkeyadmin.HttpLogLevel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code portkey.admin.*} properties of the auto-configured client. Defaults are the core
 * builder's.
 */
@ConfigurationProperties("portkey.admin")
public class PortkeyAdminProperties {
  /**
   * Portkey API key: an organisation Admin API key, or a key with the scopes of the calls made.
   * Required.
   */
  private @Nullable String apiKey;

  /** Base URL of the Admin API, e.g. a self-hosted control plane's /v1/ URL. */
  private String baseUrl = "https://api.portkey.ai/v1/";

  /** TCP connect timeout; 0 means none. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** Longest silence while waiting for response bytes; 0 means none. */
  private Duration readTimeout = Duration.ofSeconds(30);

  /** Deadline of a whole call, every attempt and retry wait included; 0 means none. */
  private Duration callTimeout = Duration.ofSeconds(60);

  /** Retries after the first attempt of a call (0 to 10; 0 turns retrying off). */
  private int maxRetries = 2;

  /** Longest server-requested Retry-After wait honoured; a longer one fails the call at once. */
  private Duration maxRetryWait = Duration.ofSeconds(30);

  /** Client-side cap on requests per second across all threads; 0 means no cap. */
  private double maxRequestsPerSecond = 0;

  /** Largest response body read, counted after decompression; a larger one fails the call. */
  private DataSize maxResponseBytes = DataSize.ofMegabytes(64);

  /** HTTP logging to the io.github.portkeyadmin.http logger (key redacted, bodies never). */
  private HttpLogLevel httpLogging = HttpLogLevel.NONE;

  /** Whether http:// to a host other than loopback is allowed (the key would travel in clear). */
  private boolean allowInsecureHttp = false;

  /** Text after the SDK's User-Agent naming your application, e.g. my-app/1.2. */
  private String userAgentSuffix = "";

  /** Extra headers sent with every request; never x-portkey-api-key or User-Agent. */
  private Map<String, String> defaultHeaders = new LinkedHashMap<>();

  /**
   * PEM bundle of the CA certificates to trust instead of the JVM's, for a private CA or a
   * TLS-inspecting gateway.
   */
  private @Nullable Path trustedCertificates;

  private final ProxyProperties proxy = new ProxyProperties();

  private final MetricsProperties metrics = new MetricsProperties();

  private final HealthProperties health = new HealthProperties();

  /**
   * The API key.
   *
   * @return the key, or {@code null} if unset
   */
  public @Nullable String getApiKey() {
    return apiKey;
  }

  /**
   * Sets the API key.
   *
   * @param apiKey the key
   */
  public void setApiKey(@Nullable String apiKey) {
    this.apiKey = apiKey;
  }

  /**
   * The base URL.
   *
   * @return the URL
   */
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets the base URL.
   *
   * @param baseUrl the URL
   */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The connect timeout.
   *
   * @return the timeout
   */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout the timeout
   */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /**
   * The read timeout.
   *
   * @return the timeout
   */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /**
   * Sets the read timeout.
   *
   * @param readTimeout the timeout
   */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /**
   * The whole-call timeout.
   *
   * @return the timeout
   */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /**
   * Sets the whole-call timeout.
   *
   * @param callTimeout the timeout
   */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /**
   * The retry count.
   *
   * @return retries after the first attempt
   */
  public int getMaxRetries() {
    return maxRetries;
  }

  /**
   * Sets the retry count.
   *
   * @param maxRetries retries after the first attempt
   */
  public void setMaxRetries(int maxRetries) {
    this.maxRetries = maxRetries;
  }

  /**
   * The longest Retry-After honoured.
   *
   * @return the wait
   */
  public Duration getMaxRetryWait() {
    return maxRetryWait;
  }

  /**
   * Sets the longest Retry-After honoured.
   *
   * @param maxRetryWait the wait
   */
  public void setMaxRetryWait(Duration maxRetryWait) {
    this.maxRetryWait = maxRetryWait;
  }

  /**
   * The request rate cap.
   *
   * @return requests per second, 0 for none
   */
  public double getMaxRequestsPerSecond() {
    return maxRequestsPerSecond;
  }

  /**
   * Sets the request rate cap.
   *
   * @param maxRequestsPerSecond requests per second, 0 for none
   */
  public void setMaxRequestsPerSecond(double maxRequestsPerSecond) {
    this.maxRequestsPerSecond = maxRequestsPerSecond;
  }

  /**
   * The response size cap.
   *
   * @return the cap
   */
  public DataSize getMaxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * Sets the response size cap.
   *
   * @param maxResponseBytes the cap, e.g. {@code 64MB}
   */
  public void setMaxResponseBytes(DataSize maxResponseBytes) {
    this.maxResponseBytes = maxResponseBytes;
  }

  /**
   * The HTTP logging level.
   *
   * @return the level
   */
  public HttpLogLevel getHttpLogging() {
    return httpLogging;
  }

  /**
   * Sets the HTTP logging level.
   *
   * @param httpLogging the level
   */
  public void setHttpLogging(HttpLogLevel httpLogging) {
    this.httpLogging = httpLogging;
  }

  /**
   * Whether cleartext to a remote host is allowed.
   *
   * @return the flag
   */
  public boolean isAllowInsecureHttp() {
    return allowInsecureHttp;
  }

  /**
   * Sets whether cleartext to a remote host is allowed.
   *
   * @param allowInsecureHttp the flag
   */
  public void setAllowInsecureHttp(boolean allowInsecureHttp) {
    this.allowInsecureHttp = allowInsecureHttp;
  }

  /**
   * The User-Agent suffix.
   *
   * @return the suffix, empty for none
   */
  public String getUserAgentSuffix() {
    return userAgentSuffix;
  }

  /**
   * Sets the User-Agent suffix.
   *
   * @param userAgentSuffix the suffix
   */
  public void setUserAgentSuffix(String userAgentSuffix) {
    this.userAgentSuffix = userAgentSuffix;
  }

  /**
   * The extra headers.
   *
   * @return name to value
   */
  public Map<String, String> getDefaultHeaders() {
    return defaultHeaders;
  }

  /**
   * Sets the extra headers.
   *
   * @param defaultHeaders name to value
   */
  public void setDefaultHeaders(Map<String, String> defaultHeaders) {
    this.defaultHeaders = defaultHeaders;
  }

  /**
   * The PEM bundle to trust.
   *
   * @return the path, or {@code null} for the JVM's trust store
   */
  public @Nullable Path getTrustedCertificates() {
    return trustedCertificates;
  }

  /**
   * Sets the PEM bundle to trust.
   *
   * @param trustedCertificates the path
   */
  public void setTrustedCertificates(@Nullable Path trustedCertificates) {
    this.trustedCertificates = trustedCertificates;
  }

  /**
   * The proxy settings.
   *
   * @return the proxy settings
   */
  public ProxyProperties getProxy() {
    return proxy;
  }

  /**
   * The Micrometer settings.
   *
   * @return the metrics settings
   */
  public MetricsProperties getMetrics() {
    return metrics;
  }

  /**
   * The health indicator settings.
   *
   * @return the health settings
   */
  public HealthProperties getHealth() {
    return health;
  }

  @Override
  public String toString() {
    return "PortkeyAdminProperties{baseUrl=" + baseUrl + ", apiKey=[redacted]}";
  }

  /** {@code portkey.admin.proxy.*}: an explicit proxy, used when {@code host} is set. */
  public static class ProxyProperties {
    /** Proxy host; unset means the JVM's proxy selection (https.proxyHost and friends). */
    private @Nullable String host;

    /** Proxy port. */
    private int port = 3128;

    /** Proxy protocol. */
    private java.net.Proxy.Type type = java.net.Proxy.Type.HTTP;

    /** User for the proxy's basic authentication; unset means none. */
    private @Nullable String username;

    /** Password for the proxy's basic authentication. Never printed. */
    private @Nullable String password;

    /**
     * The proxy host.
     *
     * @return the host, or {@code null}
     */
    public @Nullable String getHost() {
      return host;
    }

    /**
     * Sets the proxy host.
     *
     * @param host the host
     */
    public void setHost(@Nullable String host) {
      this.host = host;
    }

    /**
     * The proxy port.
     *
     * @return the port
     */
    public int getPort() {
      return port;
    }

    /**
     * Sets the proxy port.
     *
     * @param port the port
     */
    public void setPort(int port) {
      this.port = port;
    }

    /**
     * The proxy protocol.
     *
     * @return HTTP or SOCKS
     */
    public java.net.Proxy.Type getType() {
      return type;
    }

    /**
     * Sets the proxy protocol.
     *
     * @param type HTTP or SOCKS
     */
    public void setType(java.net.Proxy.Type type) {
      this.type = type;
    }

    /**
     * The proxy user.
     *
     * @return the user, or {@code null}
     */
    public @Nullable String getUsername() {
      return username;
    }

    /**
     * Sets the proxy user.
     *
     * @param username the user
     */
    public void setUsername(@Nullable String username) {
      this.username = username;
    }

    /**
     * The proxy password.
     *
     * @return the password, or {@code null}
     */
    public @Nullable String getPassword() {
      return password;
    }

    /**
     * Sets the proxy password.
     *
     * @param password the password
     */
    public void setPassword(@Nullable String password) {
      this.password = password;
    }

    @Override
    public String toString() {
      return "ProxyProperties{host=" + host + ", port=" + port + ", password=[redacted]}";
    }
  }

  /** {@code portkey.admin.metrics.*}: Micrometer meters, when Micrometer is present. */
  public static class MetricsProperties {
    /** Whether calls are timed (portkey.admin.calls) and retries counted (portkey.admin.retries). */
    private boolean enabled = true;

    /**
     * Whether meters are recorded.
     *
     * @return the flag
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether meters are recorded.
     *
     * @param enabled the flag
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** {@code portkey.admin.health.*}: the opt-in Actuator health indicator. */
  public static class HealthProperties {
    /** Whether the portkeyAdmin health indicator is on; each check spends one API call. */
    private boolean enabled = false;

    /** How long a check's result is reused, so probes cannot hammer the API. */
    private Duration cacheTtl = Duration.ofMinutes(5);

    /**
     * Whether the indicator is on.
     *
     * @return the flag
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the indicator is on.
     *
     * @param enabled the flag
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * How long a result is reused.
     *
     * @return the time to live
     */
    public Duration getCacheTtl() {
      return cacheTtl;
    }

    /**
     * Sets how long a result is reused.
     *
     * @param cacheTtl the time to live
     */
    public void setCacheTtl(Duration cacheTtl) {
      this.cacheTtl = cacheTtl;
    }
  }
}
