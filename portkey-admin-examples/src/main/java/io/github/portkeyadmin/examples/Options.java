package io.github.portkeyadmin.examples;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The command line of an example: {@code --json}, {@code --out FILE}, {@code --help}, and where
 * its {@link About} allows them {@code --days N}, {@code --workspace SLUG}, {@code --page-size N}
 * and {@code --svg FILE}.
 */
record Options(boolean json, Optional<Path> svg, OptionalInt pageSize, boolean help,
    OptionalInt days, Optional<String> workspace, Optional<Path> out) {

  /**
   * Reads the arguments.
   *
   * @throws IllegalArgumentException for an unknown option, one the example does not take, or a
   *     missing or bad value
   */
  static Options parse(About about, String... args) {
    boolean json = false;
    boolean help = false;
    Optional<Path> svg = Optional.empty();
    Optional<Path> out = Optional.empty();
    Optional<String> workspace = Optional.empty();
    OptionalInt pageSize = OptionalInt.empty();
    OptionalInt days = OptionalInt.empty();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--json" -> json = true;
        case "--help", "-h" -> help = true;
        case "--out" -> out = Optional.of(Path.of(value(args, ++i, option)));
        case "--svg" -> svg = Optional.of(Path.of(value(args, ++i, allowed(about.svg(), option,
            about))));
        case "--page-size" -> pageSize = OptionalInt.of(positive(value(args, ++i,
            allowed(about.pages(), option, about)), option));
        case "--days" -> days = OptionalInt.of(positive(value(args, ++i,
            allowed(about.days(), option, about)), option));
        case "--workspace" -> workspace = Optional.of(value(args, ++i,
            allowed(about.workspace(), option, about)));
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return new Options(json, svg, pageSize, help, days, workspace, out);
  }

  private static String allowed(boolean allowed, String option, About about) {
    if (!allowed) {
      throw new IllegalArgumentException(option + " is not an option of " + about.name());
    }
    return option;
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int positive(String text, String option) {
    try {
      int value = Integer.parseInt(text);
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " must be a whole number >= 1, got " + text);
  }
}
