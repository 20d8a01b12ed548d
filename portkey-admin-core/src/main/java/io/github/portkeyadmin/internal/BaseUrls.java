package io.github.portkeyadmin.internal;

import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Validates and normalises the API base URL. */
public final class BaseUrls {
  private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

  private BaseUrls() {}

  /**
   * Parses a base URL, adding the trailing {@code /} Retrofit needs.
   *
   * @param url the URL, e.g. {@code https://api.portkey.ai/v1}
   * @param allowInsecureHttp whether {@code http://} may go to a host other than loopback
   * @return the parsed URL, ending in {@code /}
   * @throws IllegalArgumentException if the URL is malformed, has credentials, a query or a
   *     fragment, or is cleartext to a remote host without {@code allowInsecureHttp}
   */
  public static HttpUrl parse(String url, boolean allowInsecureHttp) {
    Checks.requireNonBlank(url, "baseUrl", "use e.g. https://api.portkey.ai/v1/");
    HttpUrl parsed = HttpUrl.parse(url.strip());
    if (parsed == null) {
      throw new IllegalArgumentException("baseUrl \"" + url + "\" is not an http:// or https:// URL;"
          + " use e.g. https://api.portkey.ai/v1/ or your control plane's /v1/ URL");
    }
    if (!parsed.username().isEmpty() || !parsed.password().isEmpty()
        || parsed.query() != null || parsed.fragment() != null) {
      throw new IllegalArgumentException("baseUrl must be a plain scheme://host[:port]/path/ URL"
          + " without credentials, query or fragment; the key goes in apiKey(...)");
    }
    if (!parsed.isHttps() && !allowInsecureHttp && !isLoopback(parsed.host())) {
      throw new IllegalArgumentException("baseUrl uses http:// to " + parsed.host()
          + ", which would send the API key in clear text; use https://, or call"
          + " allowInsecureHttp(true) if the network to that host is trusted");
    }
    String path = parsed.encodedPath();
    return path.endsWith("/") ? parsed : parsed.newBuilder().encodedPath(path + "/").build();
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.equals("::1") || IPV4_LOOPBACK.matcher(host).matches();
  }
}
