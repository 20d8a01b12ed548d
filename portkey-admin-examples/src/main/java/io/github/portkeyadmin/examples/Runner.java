package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.errors.PortkeyException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Runs an example: options, session (real API or demo), errors as messages and exit codes. */
final class Runner {
  private Runner() {}

  /** What each example's {@code main} calls. Exits the JVM only on failure. */
  static void main(String[] args, About about, Example example) {
    int status = run(args, System.out, System.err, System.getenv(), Clock.systemUTC(), about,
        example);
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
      Clock clock, About about, Example example) {
    Options options;
    try {
      options = Options.parse(about, args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(about.usage());
      return 2;
    }
    if (options.help()) {
      out.println(about.usage());
      return 0;
    }
    if (options.out().isPresent()) {
      return runToFile(options, options.out().get(), err, env, clock, example);
    }
    return run(options, out, err, env, clock, example);
  }

  /** {@code --out FILE}: what goes to stdout goes to the file, so Maven's output cannot mix in. */
  private static int runToFile(Options options, Path file, PrintStream err,
      Map<String, String> env, Clock clock, Example example) {
    try (OutputStream stream = Files.newOutputStream(file);
        PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8)) {
      int status = run(options, out, err, env, clock, example);
      if (status == 0) {
        err.println("wrote " + file);
      }
      return status;
    } catch (IOException e) {
      err.println("error: cannot write " + file + ": " + e.getMessage());
      return 1;
    }
  }

  private static int run(Options options, PrintStream out, PrintStream err,
      Map<String, String> env, Clock clock, Example example) {
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
