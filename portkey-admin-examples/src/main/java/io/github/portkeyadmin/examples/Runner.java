package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.errors.PortkeyException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;

/** Runs an example: options, session (real API or demo), errors as messages and exit codes. */
final class Runner {
  private Runner() {}

  /** What each example's {@code main} calls. Exits the JVM only on failure. */
  static void main(String[] args, Example example) {
    int status = run(args, System.out, System.err, System.getenv(), Clock.systemUTC(), example);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the example with the given streams, environment and clock.
   *
   * @return 0 on success, 1 when a call or a file write failed, 2 for bad options or settings
   */
  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
      Clock clock, Example example) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(Options.USAGE);
      return 2;
    }
    if (options.help()) {
      out.println(Options.USAGE);
      return 0;
    }
    try (Session session = Session.open(options, out, err, env, clock)) {
      example.run(session);
      return 0;
    } catch (PortkeyException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (IOException | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
