package io.github.portkeyadmin.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The faults a server still has to give, oldest first; thread-safe. */
final class Faults {
  private static final class Planned {
    final Pattern path;
    final Fault fault;
    int left;

    Planned(Pattern path, Fault fault, int left) {
      this.path = path;
      this.fault = fault;
      this.left = left;
    }
  }

  private final List<Planned> planned = new ArrayList<>();

  /** {@code virtual-keys}, {@code /v1/virtual-keys} and {@code /virtual-keys/} are the same. */
  static String normalise(String path) {
    String trimmed = path.strip();
    if (trimmed.startsWith("/v1/")) {
      trimmed = trimmed.substring(3);
    }
    if (!trimmed.startsWith("/")) {
      trimmed = "/" + trimmed;
    }
    return trimmed.length() > 1 && trimmed.endsWith("/")
        ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }

  synchronized void add(String path, Fault fault, int times) {
    planned.add(new Planned(pattern(path), fault, times));
  }

  synchronized void clear() {
    planned.clear();
  }

  /** The fault for a request to {@code path}, used up by one. */
  synchronized Optional<Fault> take(String path) {
    Iterator<Planned> it = planned.iterator();
    while (it.hasNext()) {
      Planned next = it.next();
      if (next.path.matcher(path).matches()) {
        if (next.left != Integer.MAX_VALUE && --next.left == 0) {
          it.remove();
        }
        return Optional.of(next.fault);
      }
    }
    return Optional.empty();
  }

  private static Pattern pattern(String path) {
    if (path.strip().equals("*")) {
      return Pattern.compile(".*");
    }
    StringBuilder regex = new StringBuilder();
    for (String part : normalise(path).split("((?=\\{)|(?<=\\}))")) {
      regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }
}
