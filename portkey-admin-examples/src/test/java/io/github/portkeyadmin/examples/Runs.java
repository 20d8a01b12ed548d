package io.github.portkeyadmin.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Runs an example in-process with an empty environment, so always against the demo server (never
 * a real key from the developer's shell), at a fixed now: Wednesday 2026-03-18 10:30 UTC.
 */
final class Runs {
  static final Instant NOW = Instant.parse("2026-03-18T10:30:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** What a run printed and returned. */
  record Result(int status, String out, String err) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(out);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + out, e);
      }
    }
  }

  private Runs() {}

  static Result demo(About about, Example example, String... args) {
    return run(Map.of(), about, example, args);
  }

  static Result run(Map<String, String> env, About about, Example example, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Runner.run(args, outStream, errStream, env, CLOCK, about, example);
    }
    return new Result(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }
}
