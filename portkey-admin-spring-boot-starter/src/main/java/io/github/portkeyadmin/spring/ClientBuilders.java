package io.github.portkeyadmin.spring;

import io.github.portkeyadmin.HttpLogLevel;
import io.github.portkeyadmin.PortkeyAdminClient;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.file.Path;

/** Turns {@code portkey.admin.*} properties into a client builder. */
final class ClientBuilders {
  private ClientBuilders() {}

  static PortkeyAdminClient.Builder from(PortkeyAdminProperties properties) {
    PortkeyAdminClient.Builder builder = PortkeyAdminClient.builder()
        .baseUrl(properties.getBaseUrl())
        .connectTimeout(properties.getConnectTimeout())
        .readTimeout(properties.getReadTimeout())
        .callTimeout(properties.getCallTimeout())
        .maxRetries(properties.getMaxRetries())
        .maxRetryWait(properties.getMaxRetryWait())
        .maxResponseBytes(properties.getMaxResponseBytes().toBytes())
        .allowInsecureHttp(properties.isAllowInsecureHttp())
        .userAgentSuffix(properties.getUserAgentSuffix());
    String apiKey = properties.getApiKey();
    if (apiKey != null) {
      builder.apiKey(apiKey);
    }
    if (properties.getMaxRequestsPerSecond() != 0) {
      builder.maxRequestsPerSecond(properties.getMaxRequestsPerSecond());
    }
    if (properties.getHttpLogging() != HttpLogLevel.NONE) {
      builder.httpLogging(properties.getHttpLogging());
    }
    properties.getDefaultHeaders().forEach(builder::defaultHeader);
    Path trusted = properties.getTrustedCertificates();
    if (trusted != null) {
      builder.trustedCertificates(trusted);
    }
    proxy(properties.getProxy(), builder);
    return builder;
  }

  private static void proxy(PortkeyAdminProperties.ProxyProperties proxy,
      PortkeyAdminClient.Builder builder) {
    String host = proxy.getHost();
    if (host == null || host.isBlank()) {
      return;
    }
    builder.proxy(new Proxy(proxy.getType(), InetSocketAddress.createUnresolved(host, proxy.getPort())));
    String username = proxy.getUsername();
    if (username != null) {
      String password = proxy.getPassword();
      builder.proxyCredentials(username, password == null ? "" : password);
    }
  }
}
