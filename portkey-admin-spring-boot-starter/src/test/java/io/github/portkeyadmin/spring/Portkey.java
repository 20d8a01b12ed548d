package io.github.portkeyadmin.spring;

import mockwebserver3.MockResponse;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Shared test wiring: the starter's auto-configurations in a runner, and Portkey-shaped answers. */
final class Portkey {
  /** A fake key with a marker, so tests can assert it never leaks. */
  static final String API_KEY = "pk-spring-SECRET-4b1d";

  static final String EMPTY_LIST = "{\"object\":\"list\",\"total\":0,\"data\":[]}";

  private Portkey() {}

  static ApplicationContextRunner runner() {
    return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
        PortkeyAdminAutoConfiguration.class,
        PortkeyAdminMetricsAutoConfiguration.class,
        PortkeyAdminHealthAutoConfiguration.class));
  }

  static ApplicationContextRunner runner(mockwebserver3.MockWebServer server) {
    return runner().withPropertyValues(
        "portkey.admin.api-key=" + API_KEY,
        "portkey.admin.base-url=" + server.url("/v1/"),
        "portkey.admin.max-retries=0");
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .addHeader("x-portkey-request-id", "req-" + code)
        .body(body)
        .build();
  }

  static MockResponse json(String body) {
    return json(200, body);
  }

  static MockResponse error(int code, String errorCode, String message) {
    return json(code, "{\"success\":false,\"data\":{\"message\":\"" + message
        + "\",\"errorCode\":\"" + errorCode + "\"}}");
  }
}
