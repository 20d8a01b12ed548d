package io.github.portkeyadmin.support;

import io.github.portkeyadmin.PortkeyAdminClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Shared test wiring: fixture files, JSON responses, and a client pointed at a mock server. */
public final class Fixtures {
  /** A fake key with a recognisable marker, so tests can assert it never leaks. */
  public static final String API_KEY = "pk-test-SECRET-7f3a9c1e5b";

  private Fixtures() {}

  /**
   * Reads a fixture beside the test class's package, e.g. {@code read(CostTest.class,
   * "cost-spec.json")} reads {@code io/github/portkeyadmin/analytics/cost-spec.json}.
   */
  public static String read(Class<?> testClass, String name) {
    try (InputStream in = testClass.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name + " beside " + testClass.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A 200 response with a JSON body, as Portkey sends it. */
  public static MockResponse json(String body) {
    return json(200, body);
  }

  /** A response with a status and a JSON body. */
  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  /**
   * A client for {@link #API_KEY} whose base URL is the server's {@code /v1/}, with retries off
   * so that each call is exactly one request; retry tests configure their own.
   */
  public static PortkeyAdminClient client(MockWebServer server) {
    return builder(server).maxRetries(0).build();
  }

  /** A builder for {@link #API_KEY} and the server's {@code /v1/}, with the default retries. */
  public static PortkeyAdminClient.Builder builder(MockWebServer server) {
    return PortkeyAdminClient.builder()
        .apiKey(API_KEY)
        .baseUrl(server.url("/v1/").toString());
  }
}
