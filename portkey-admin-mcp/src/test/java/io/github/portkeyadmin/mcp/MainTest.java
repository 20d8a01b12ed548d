package io.github.portkeyadmin.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Start-up decisions, before any protocol: arguments and the key. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return Main.run(args, env, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void withoutAKeyItRefusesWithExitStatus1AndSaysWhatToSet() {
    assertThat(run(Map.of())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("PORTKEY_API_KEY is not set")
        .contains("Admin API key").contains("--demo");
    assertThat(out.size()).isZero();
  }

  @Test
  void aBlankKeyIsNoKey() {
    assertThat(run(Map.of("PORTKEY_API_KEY", "  "))).isEqualTo(1);
  }

  @Test
  void anUnknownArgumentIsRefusedWithTheUsage() {
    assertThat(run(Map.of("PORTKEY_API_KEY", "pk-x"), "--demoo")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown argument --demoo")
        .contains("usage:");
  }

  @Test
  void helpPrintsTheUsageOnStderrOnly() {
    assertThat(run(Map.of(), "--help")).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--demo");
    assertThat(out.size()).isZero();
  }

  @Test
  void withAKeyAndStdinAlreadyClosedItServesNothingAndExitsCleanly() {
    assertThat(run(Map.of("PORTKEY_API_KEY", "pk-x", "PORTKEY_BASE_URL",
        "http://127.0.0.1:9/v1/"))).isZero();
    assertThat(out.size()).isZero();
  }
}
