package io.github.portkeyadmin.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the caller's extra headers, then the API key and the SDK's user agent, to every request, so
 * that nothing can replace the key. Never prints the key.
 */
public final class HeadersInterceptor implements Interceptor {
  /** The header that carries the key. */
  public static final String API_KEY_HEADER = "x-portkey-api-key";

  private final String apiKey;
  private final String userAgent;
  private final Map<String, String> extraHeaders;

  /**
   * Creates the interceptor.
   *
   * @param apiKey the Portkey API key
   * @param userAgent the {@code User-Agent} value
   * @param extraHeaders headers checked by {@link HeaderChecks}, added before the key
   */
  public HeadersInterceptor(String apiKey, String userAgent, Map<String, String> extraHeaders) {
    this.apiKey = apiKey;
    this.userAgent = userAgent;
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
    return new HeadersInterceptor(apiKey, userAgent, merged);
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
    return chain.proceed(request
        .header(API_KEY_HEADER, apiKey)
        .header("User-Agent", userAgent)
        .build());
  }

  @Override
  public String toString() {
    return "HeadersInterceptor{apiKey=[redacted], extraHeaders=" + extraHeaders.keySet() + "}";
  }
}
