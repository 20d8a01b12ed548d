package io.github.portkeyadmin.mcp;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.testing.Organisation;
import io.github.portkeyadmin.testing.PortkeyTestServer;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@code --demo}: the test kit's fictional organisation, served on loopback inside this process,
 * started on the first tool call (or by the warm-up), stopped at exit.
 */
final class Demo implements Supplier<PortkeyAdminClient>, AutoCloseable {
  private @Nullable PortkeyTestServer server;

  private Demo() {}

  static ToolContext context(Clock clock) {
    Demo demo = new Demo();
    return new ToolContext(demo, clock, Optional.of(Organisation.demo().defaultWorkspace()), true,
        demo);
  }

  @Override
  public synchronized PortkeyAdminClient get() {
    if (server == null) {
      server = PortkeyTestServer.start();
    }
    return server.client();
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.close();
    }
  }
}
