package io.github.portkeyadmin.testing;

import java.util.List;

/**
 * An Admin or workspace API key of an {@link Organisation}, as {@code GET /api-keys} lists it
 * (masked, never a usable key).
 *
 * @param id its UUID
 * @param name its name
 * @param type e.g. {@code organisation-service}, {@code workspace-user}
 * @param status {@code active} or {@code exhausted}
 * @param scopes its scopes, e.g. {@code analytics.view}
 */
public record FakeApiKey(String id, String name, String type, String status,
    List<String> scopes) {
  /**
   * Copies the scopes.
   *
   * @param id its UUID
   * @param name its name
   * @param type e.g. {@code organisation-service}, {@code workspace-user}
   * @param status {@code active} or {@code exhausted}
   * @param scopes its scopes, e.g. {@code analytics.view}
   */
  public FakeApiKey {
    scopes = List.copyOf(scopes);
  }
}
