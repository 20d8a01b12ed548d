package io.github.portkeyadmin.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Counts this machine's TCP connections in state ESTABLISHED whose remote port is a given one,
 * from {@code /proc/net/tcp} and {@code tcp6}: the client ends of connections to a mock server.
 */
public final class EstablishedSockets {
  private static final String ESTABLISHED = "01";

  private EstablishedSockets() {}

  /** Whether the count can be read here (Linux). */
  public static boolean readable() {
    return Files.isReadable(Path.of("/proc/net/tcp"));
  }

  /** Client-side ESTABLISHED connections to {@code port}. */
  public static long to(int port) throws IOException {
    String remote = ":" + String.format(Locale.ROOT, "%04X", port);
    long count = 0;
    for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path path = Path.of(file);
      if (!Files.isReadable(path)) {
        continue;
      }
      for (String line : Files.readAllLines(path)) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length > 3 && fields[2].endsWith(remote) && fields[3].equals(ESTABLISHED)) {
          count++;
        }
      }
    }
    return count;
  }
}
