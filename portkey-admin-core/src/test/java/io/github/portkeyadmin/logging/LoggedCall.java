package io.github.portkeyadmin.logging;

import static io.github.portkeyadmin.support.Fixtures.json;

import io.github.portkeyadmin.HttpLogLevel;
import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.support.Fixtures;
import mockwebserver3.MockWebServer;

/** One call with header logging to the SDK's System.Logger, the default sink. */
final class LoggedCall {
  private LoggedCall() {}

  /** Whether this JVM is the Surefire execution set up for that bridge (see the core pom). */
  static boolean inExecution(String bridge) {
    return bridge.equals(System.getProperty("portkey.logging.bridge"));
  }

  static void run(MockWebServer server) {
    server.enqueue(json("{\"object\":\"list\",\"total\":0,\"data\":[]}"));
    try (PortkeyAdminClient client =
        Fixtures.builder(server).maxRetries(0).httpLogging(HttpLogLevel.HEADERS).build()) {
      client.logExports().list();
    }
  }
}
