package io.github.portkeyadmin.internal;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the API key and the SDK's {@code User-Agent} to every request sent to the configured
 * origin (scheme, host and port), and the key to no other: installed as a network interceptor,
 * it sees every request OkHttp sends, so even a followed redirect could not carry the key away.
 */
public final class HeadersInterceptor implements Interceptor {
  /** The header Portkey reads the key from. */
  public static final String API_KEY_HEADER = "x-portkey-api-key";

  private final String apiKey;
  private final String userAgent;
  private final HttpUrl baseUrl;

  /**
   * Creates the interceptor.
   *
   * @param apiKey the key
   * @param userAgent the {@code User-Agent} value
   * @param baseUrl the configured base URL; only its origin receives the key
   */
  public HeadersInterceptor(String apiKey, String userAgent, HttpUrl baseUrl) {
    this.apiKey = apiKey;
    this.userAgent = userAgent;
    this.baseUrl = baseUrl;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request.Builder request = chain.request().newBuilder().header("User-Agent", userAgent);
    if (Origins.same(chain.request().url(), baseUrl)) {
      request.header(API_KEY_HEADER, apiKey);
    } else {
      request.removeHeader(API_KEY_HEADER);
    }
    return chain.proceed(request.build());
  }

  @Override
  public String toString() {
    return "HeadersInterceptor{apiKey=[redacted]}";
  }
}
