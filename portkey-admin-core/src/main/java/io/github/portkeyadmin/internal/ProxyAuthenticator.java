package io.github.portkeyadmin.internal;

import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;
import org.jspecify.annotations.Nullable;

/**
 * Answers a proxy's {@code 407} with basic credentials, once: a second 407 means they are wrong,
 * and the call fails with that status instead of looping.
 */
final class ProxyAuthenticator implements Authenticator {
  private static final String HEADER = "Proxy-Authorization";

  private final String credentials;

  ProxyAuthenticator(Network.ProxyCredentials credentials) {
    this.credentials = Credentials.basic(credentials.username(), credentials.password());
  }

  @Override
  public @Nullable Request authenticate(@Nullable Route route, Response response) {
    if (response.request().header(HEADER) != null) {
      return null;
    }
    return response.request().newBuilder().header(HEADER, credentials).build();
  }

  @Override
  public String toString() {
    return "ProxyAuthenticator[redacted]";
  }
}
