package io.github.portkeyadmin.examples;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The command line every example accepts: {@code --json}, {@code --svg FILE}, {@code --page-size
 * N}, {@code --help}.
 */
record Options(boolean json, Optional<Path> svg, OptionalInt pageSize, boolean help) {
  static final String USAGE = String.join("\n",
      "options:",
      "  --json          print JSON instead of tables",
      "  --svg FILE      (SpendTrends, Tour) also write a chart of daily spend per model",
      "  --page-size N   items per page of listings (default 50; 5 with demo data)",
      "  --help          print this help",
      "environment:",
      "  PORTKEY_API_KEY         an Admin API key; unset = embedded demo data",
      "  PORTKEY_BASE_URL        e.g. a self-hosted control plane (default Portkey's)",
      "  PORTKEY_WORKSPACE_SLUG  workspace of analytics calls (default: the default workspace)");

  /**
   * Reads the arguments.
   *
   * @throws IllegalArgumentException for an unknown option or a missing or bad value
   */
  static Options parse(String... args) {
    boolean json = false;
    boolean help = false;
    Optional<Path> svg = Optional.empty();
    OptionalInt pageSize = OptionalInt.empty();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--json" -> json = true;
        case "--help", "-h" -> help = true;
        case "--svg" -> svg = Optional.of(Path.of(value(args, ++i, "--svg")));
        case "--page-size" -> pageSize = OptionalInt.of(positive(value(args, ++i, "--page-size")));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    return new Options(json, svg, pageSize, help);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int positive(String text) {
    try {
      int value = Integer.parseInt(text);
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--page-size must be a whole number >= 1, got " + text);
  }
}
