package io.github.portkeyadmin.mcp;

import io.github.portkeyadmin.PortkeyAdminClient;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the tools share: the client, made on first use (so {@code initialize} is answered before
 * OkHttp and Jackson load), the clock, the default workspace and whether this is demo data.
 */
final class ToolContext implements AutoCloseable {
  private final Supplier<PortkeyAdminClient> factory;
  private final Clock clock;
  private final Optional<String> defaultWorkspace;
  private final boolean demo;
  private final @Nullable AutoCloseable backing;
  private volatile @Nullable PortkeyAdminClient client;

  ToolContext(Supplier<PortkeyAdminClient> factory, Clock clock, Optional<String> defaultWorkspace,
      boolean demo, @Nullable AutoCloseable backing) {
    this.factory = Objects.requireNonNull(factory, "factory == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.defaultWorkspace = defaultWorkspace.filter(slug -> !slug.isBlank()).map(String::strip);
    this.demo = demo;
    this.backing = backing;
  }

  /**
   * The client, built on first use.
   *
   * @throws MisconfiguredException if the server's settings are refused
   */
  PortkeyAdminClient client() {
    PortkeyAdminClient made = client;
    if (made == null) {
      synchronized (this) {
        made = client;
        if (made == null) {
          try {
            made = factory.get();
          } catch (IllegalArgumentException e) {
            throw new MisconfiguredException(e);
          }
          client = made;
        }
      }
    }
    return made;
  }

  Clock clock() {
    return clock;
  }

  Optional<String> defaultWorkspace() {
    return defaultWorkspace;
  }

  boolean demo() {
    return demo;
  }

  @Override
  public void close() {
    PortkeyAdminClient made = client;
    if (made != null) {
      made.close();
    }
    if (backing != null) {
      try {
        backing.close();
      } catch (Exception e) {
        throw new IllegalStateException("the demo server did not stop cleanly", e);
      }
    }
  }
}
