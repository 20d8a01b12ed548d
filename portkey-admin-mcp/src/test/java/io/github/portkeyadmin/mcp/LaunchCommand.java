package io.github.portkeyadmin.mcp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The README's launch command: the JVM flags, then the jar. One place for the ITs and the docs. */
final class LaunchCommand {
  static final String ARCHIVE_FLAG = "-XX:SharedArchiveFile=";
  static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
      "-Xmx64m", "-Xlog:disable", "-Xlog:all=warning:stderr");

  private LaunchCommand() {}

  /** java, the flags (the archive where the build made one), -jar, the built jar, the args. */
  static List<String> of(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path archive = Path.of(System.getProperty("mcp.archive", "target/portkey-admin-mcp.jsa"));
    if (Files.exists(archive)) {
      command.add(ARCHIVE_FLAG + archive);
    }
    command.addAll(FLAGS);
    command.add("-jar");
    command.add(System.getProperty("mcp.jar",
        "target/portkey-admin-mcp-" + System.getProperty("project.version") + ".jar"));
    command.addAll(List.of(args));
    return command;
  }

  /** The arguments after {@code java}, with the archive and jar paths reduced to their names. */
  static List<String> normalised(List<String> javaArguments) {
    List<String> normal = new ArrayList<>();
    for (String argument : javaArguments) {
      if (argument.startsWith(ARCHIVE_FLAG)) {
        normal.add(ARCHIVE_FLAG + Path.of(argument.substring(ARCHIVE_FLAG.length()))
            .getFileName());
      } else if (argument.endsWith(".jar")) {
        normal.add(Path.of(argument).getFileName().toString());
      } else {
        normal.add(argument);
      }
    }
    return normal;
  }

  /** What every documented command must read as, normalised. */
  static List<String> documented(String version) {
    List<String> expected = new ArrayList<>();
    expected.add(ARCHIVE_FLAG + "portkey-admin-mcp.jsa");
    expected.addAll(FLAGS);
    expected.add("-jar");
    expected.add("portkey-admin-mcp-" + version + ".jar");
    return expected;
  }
}
