package io.github.portkeyadmin.mcp;

import java.time.Clock;

/** {@code --demo}: the test kit's fictional organisation, served on loopback. */
final class Demo {
  private Demo() {}

  static ToolContext context(Clock clock) {
    throw new IllegalStateException("--demo needs the test kit (portkey-admin-testing), which"
        + " this build does not include yet");
  }
}
