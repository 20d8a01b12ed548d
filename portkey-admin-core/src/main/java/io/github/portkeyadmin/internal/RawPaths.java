package io.github.portkeyadmin.internal;

import java.util.regex.Pattern;

/**
 * Confines a {@code raw()} path to the base URL: no scheme, host, absolute path or query, no dot
 * segment in any spelling, and no encoded slash or backslash. Percent-escapes are decoded
 * repeatedly before the checks, so a doubly-encoded {@code %252e%252e} counts as {@code ..}, for
 * servers and proxies that decode twice.
 */
final class RawPaths {
  /** Segments of letters, digits and {@code - _ . ~ %}, separated by single slashes. */
  private static final Pattern RELATIVE_PATH =
      Pattern.compile("[A-Za-z0-9_~%-][A-Za-z0-9._~%-]*(/[A-Za-z0-9._~%-]+)*/?");

  private static final int SHOWN_LENGTH = 60;

  private RawPaths() {}

  /**
   * Requires a path that stays below the base URL.
   *
   * @param path the path, e.g. {@code analytics/groups/workspaces}
   * @return {@code path}
   * @throws IllegalArgumentException naming the problem, before anything is sent
   */
  static String require(String path) {
    Checks.requireNonBlank(path, "path",
        "pass a path below the base URL, e.g. analytics/groups/workspaces");
    if (path.indexOf('\\') >= 0) {
      throw refused(path, "has a backslash, which some servers read as a /");
    }
    if (!RELATIVE_PATH.matcher(path).matches()) {
      throw refused(path, "may only have letters, digits, - _ . ~ and %-escapes between single"
          + " slashes: no scheme, host, leading /, query or fragment (parameters go in the"
          + " AnalyticsQuery)");
    }
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length; i++) {
      String decoded = decodeFully(segments[i]);
      if (decoded.equals(".") || decoded.equals("..")) {
        throw refused(path, "has a dot segment (segment " + (i + 1) + " reads as " + decoded
            + "; . and .. are refused in any spelling, such as %2e%2e or .%2E)");
      }
      if (decoded.indexOf('/') >= 0 || decoded.indexOf('\\') >= 0) {
        throw refused(path, "has an encoded slash or backslash (%2F, %5C) in segment " + (i + 1)
            + "; split the path at real / instead");
      }
    }
    return path;
  }

  /** Decodes percent-escapes until none is left; a {@code %} without two hex digits stays. */
  private static String decodeFully(String segment) {
    String current = segment;
    for (String next = decodeOnce(current); !next.equals(current); next = decodeOnce(current)) {
      current = next;
    }
    return current;
  }

  private static String decodeOnce(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
      int low = high >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
      if (c == '%' && low >= 0) {
        out.append((char) (high * 16 + low));
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static IllegalArgumentException refused(String path, String problem) {
    String shown = path.length() <= SHOWN_LENGTH ? path : path.substring(0, SHOWN_LENGTH) + "...";
    return new IllegalArgumentException("path \"" + shown + "\" must be relative to the base URL"
        + " and stay below it, like analytics/groups/workspaces, but it " + problem);
  }
}
