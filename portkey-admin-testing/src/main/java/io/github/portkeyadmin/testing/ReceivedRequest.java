package io.github.portkeyadmin.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request a {@link PortkeyTestServer} received, for tests to assert what their code asked for.
 * It records whether the API key header was sent, never its value.
 *
 * @param method the HTTP method, e.g. {@code GET}
 * @param path the path below {@code /v1}, e.g. {@code /virtual-keys}
 * @param query the query parameters, decoded, in the order sent (the first value of a repeated
 *     one)
 * @param apiKeyPresent whether the {@code x-portkey-api-key} header was sent
 * @param status the HTTP status the server answered with, 0 for a dropped connection
 */
public record ReceivedRequest(String method, String path, Map<String, String> query,
    boolean apiKeyPresent, int status) {

  /**
   * Copies the query.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param path the path below {@code /v1}, e.g. {@code /virtual-keys}
   * @param query the query parameters, decoded, in the order sent (the first value of a repeated
   *    one)
   * @param apiKeyPresent whether the {@code x-portkey-api-key} header was sent
   * @param status the HTTP status the server answered with, 0 for a dropped connection
   */
  public ReceivedRequest {
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  /**
   * A query parameter.
   *
   * @param name e.g. {@code page_size}
   * @return its value, if sent
   */
  public Optional<String> param(String name) {
    return Optional.ofNullable(query.get(name));
  }
}
