package io.github.portkeyadmin.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds the API key and the SDK's user agent to every request. Never prints the key. */
public final class HeadersInterceptor implements Interceptor {
  /** The header that carries the key. */
  public static final String API_KEY_HEADER = "x-portkey-api-key";

  private final String apiKey;
  private final String userAgent;

  /**
   * Creates the interceptor.
   *
   * @param apiKey the Portkey API key
   * @param userAgent the {@code User-Agent} value
   */
  public HeadersInterceptor(String apiKey, String userAgent) {
    this.apiKey = apiKey;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder()
        .header(API_KEY_HEADER, apiKey)
        .header("User-Agent", userAgent)
        .build());
  }

  @Override
  public String toString() {
    return "HeadersInterceptor{apiKey=[redacted]}";
  }
}
