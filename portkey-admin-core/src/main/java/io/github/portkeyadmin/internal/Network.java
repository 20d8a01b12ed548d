package io.github.portkeyadmin.internal;

import java.net.Proxy;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * How a client reaches the API: proxy, TLS trust and the headers it adds to every request.
 * Validated by the public builder.
 *
 * @param proxy the proxy, or {@code null} for the JVM's default proxy selection
 * @param proxyCredentials basic credentials for the proxy, or {@code null} for none
 * @param trust the TLS trust for private CAs, or {@code null} for the JVM's default
 * @param defaultHeaders extra headers on every request, never the key or User-Agent
 * @param userAgentSuffix appended to the SDK's User-Agent, or empty
 */
public record Network(
    @Nullable Proxy proxy,
    @Nullable ProxyCredentials proxyCredentials,
    @Nullable Trust trust,
    Map<String, String> defaultHeaders,
    String userAgentSuffix) {
  /** The defaults: JVM proxy selection and trust, no extra headers. */
  public static final Network DEFAULT = new Network(null, null, null, Map.of(), "");

  /**
   * Basic credentials for an HTTP proxy. Never printed.
   *
   * @param username the user name
   * @param password the password
   */
  public record ProxyCredentials(String username, String password) {
    @Override
    public String toString() {
      return "ProxyCredentials[redacted]";
    }
  }

  /**
   * A TLS trust source.
   *
   * @param socketFactory creates TLS sockets that trust {@code trustManager}'s certificates
   * @param trustManager decides which server certificates are trusted
   */
  public record Trust(SSLSocketFactory socketFactory, X509TrustManager trustManager) {}

  @Override
  public String toString() {
    return "Network{proxy=" + proxy + ", proxyCredentials=" + (proxyCredentials == null ? "none"
        : "[redacted]") + ", customTrust=" + (trust != null) + ", defaultHeaders="
        + defaultHeaders.keySet() + "}";
  }
}
