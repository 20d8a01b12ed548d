package io.github.portkeyadmin.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the caller's extra headers, then the API key and the SDK's {@code User-Agent}, to every
 * request, so that no extra header can replace either. The key goes only to the configured origin
 * (scheme, host and port): installed as a network interceptor, it sees every request OkHttp sends,
 * so even a followed redirect could not carry the key away.
 */
public final class HeadersInterceptor implements Interceptor {
  /** The header Portkey reads the key from. */
  public static final String API_KEY_HEADER = "x-portkey-api-key";

  private final String apiKey;
  private final String userAgent;
  private final HttpUrl baseUrl;
  private final Map<String, String> extraHeaders;

  /**
   * Creates the interceptor.
   *
   * @param apiKey the key
   * @param userAgent the {@code User-Agent} value
   * @param baseUrl the configured base URL; only its origin receives the key
   * @param extraHeaders headers checked by {@link HeaderChecks}, added before the key
   */
  public HeadersInterceptor(
      String apiKey, String userAgent, HttpUrl baseUrl, Map<String, String> extraHeaders) {
    this.apiKey = apiKey;
    this.userAgent = userAgent;
    this.baseUrl = baseUrl;
    this.extraHeaders = Collections.unmodifiableMap(caseInsensitive(extraHeaders));
  }

  /**
   * The same interceptor with more extra headers; a header named again takes the new value.
   *
   * @param more headers checked by {@link HeaderChecks}
   * @return the new interceptor
   */
  HeadersInterceptor plus(Map<String, String> more) {
    Map<String, String> merged = caseInsensitive(extraHeaders);
    merged.putAll(more);
    return new HeadersInterceptor(apiKey, userAgent, baseUrl, merged);
  }

  private static Map<String, String> caseInsensitive(Map<String, String> headers) {
    Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    return copy;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request.Builder request = chain.request().newBuilder();
    extraHeaders.forEach(request::header);
    request.header("User-Agent", userAgent);
    if (Origins.same(chain.request().url(), baseUrl)) {
      request.header(API_KEY_HEADER, apiKey);
    } else {
      request.removeHeader(API_KEY_HEADER);
    }
    return chain.proceed(request.build());
  }

  @Override
  public String toString() {
    return "HeadersInterceptor{apiKey=[redacted], extraHeaders=" + extraHeaders.keySet() + "}";
  }
}
