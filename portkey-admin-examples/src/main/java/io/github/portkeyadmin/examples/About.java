package io.github.portkeyadmin.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * What an example answers and which options it takes, for its {@code --help} and for refusing
 * options it would ignore.
 *
 * @param name the class name, e.g. {@code CostGraph}
 * @param answers one sentence: the question it answers
 * @param defaultDays the days of its analytics range, 0 when it has none (no {@code --days})
 * @param workspace whether it queries analytics of one workspace ({@code --workspace})
 * @param pages whether it lists in pages ({@code --page-size})
 * @param svg whether it can draw the spend chart ({@code --svg})
 */
record About(String name, String answers, int defaultDays, boolean workspace, boolean pages,
    boolean svg) {

  /** {@code --days N} applies. */
  boolean days() {
    return defaultDays > 0;
  }

  /** The {@code --help} text: what it answers, its options, the environment. */
  String usage() {
    List<String> lines = new ArrayList<>();
    lines.add(name + ": " + answers);
    lines.add("");
    lines.add("usage: mvn -q -pl portkey-admin-examples -am compile exec:java \\");
    lines.add("    -Dexec.mainClass=io.github.portkeyadmin.examples." + name
        + " -Dexec.args=\"[options]\"");
    lines.add("options:");
    lines.add("  --json            print JSON (snake_case, as the API) instead of tables");
    lines.add("  --out FILE        write that output to FILE (UTF-8) instead of stdout: clean");
    lines.add("                    JSON with --json, whatever Maven prints around it");
    if (days()) {
      lines.add("  --days N          the analytics range: the last N days (default " + defaultDays
          + ")");
    }
    if (workspace) {
      lines.add("  --workspace SLUG  the workspace of analytics calls (default: "
          + Session.WORKSPACE_ENV + ", else the default workspace)");
    }
    if (pages) {
      lines.add("  --page-size N     items per page of listings (default 50; 5 with demo data)");
    }
    if (svg) {
      lines.add("  --svg FILE        also write a chart of daily spend per model (SVG)");
    }
    lines.add("  --help            print this help");
    lines.add("environment:");
    lines.add("  PORTKEY_API_KEY         an Admin API key; unset = embedded demo data");
    lines.add("  PORTKEY_BASE_URL        e.g. a self-hosted control plane (default Portkey's)");
    lines.add("  PORTKEY_WORKSPACE_SLUG  workspace of analytics calls (default: the default "
        + "workspace)");
    return String.join("\n", lines);
  }
}
