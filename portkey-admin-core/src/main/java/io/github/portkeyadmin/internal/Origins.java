package io.github.portkeyadmin.internal;

import okhttp3.HttpUrl;

/** The origin of a URL (scheme, host, port): the unit the API key is confined to. */
final class Origins {
  private Origins() {}

  /**
   * Formats the origin, e.g. {@code https://api.portkey.ai:443}.
   *
   * @param url any URL
   * @return {@code scheme://host:port}, the port always written out
   */
  static String of(HttpUrl url) {
    String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
    return url.scheme() + "://" + host + ":" + url.port();
  }

  /**
   * Whether two URLs share scheme, host and port.
   *
   * @param a a URL
   * @param b another URL
   * @return {@code true} if the origins are equal
   */
  static boolean same(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }
}
