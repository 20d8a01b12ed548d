package io.github.portkeyadmin.internal;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * Defence in depth behind "follow no redirects": even an OkHttp client that does follow them
 * sends the key only to the configured origin.
 */
class HeadersInterceptorTest {
  @StartStop final MockWebServer origin = new MockWebServer();
  @StartStop final MockWebServer elsewhere = new MockWebServer();

  @Test
  void keyIsAddedOnlyForTheConfiguredOriginEvenWhenARedirectIsFollowed() throws Exception {
    origin.enqueue(new MockResponse.Builder().code(302)
        .addHeader("Location", elsewhere.url("/v1/x").toString()).build());
    elsewhere.enqueue(new MockResponse.Builder().body("{}").build());
    OkHttpClient following = new OkHttpClient.Builder()
        .addNetworkInterceptor(new HeadersInterceptor(API_KEY, "ua-test", origin.url("/v1/"), Map.of()))
        .build();

    try (Response response = following.newCall(
        new Request.Builder().url(origin.url("/v1/x")).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
    } finally {
      following.dispatcher().executorService().shutdown();
      following.connectionPool().evictAll();
    }

    assertThat(origin.takeRequest().getHeaders().get("x-portkey-api-key")).isEqualTo(API_KEY);
    RecordedRequest redirected = elsewhere.takeRequest();
    assertThat(redirected.getHeaders().get("x-portkey-api-key")).isNull();
    assertThat(redirected.getHeaders().get("User-Agent")).isEqualTo("ua-test");
  }
}
