package io.github.portkeyadmin.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A workspace of an {@link Organisation}, with the scale of its traffic: a workspace of scale 1
 * peaks at {@link FakeTraffic#peakRequestsPerHour()} requests an hour, one of scale 0 has none.
 *
 * @param slug the slug analytics queries name in {@code workspace_slug}
 * @param name the display name
 * @param id the workspace's UUID
 * @param trafficScale the workspace's traffic relative to a workspace of scale 1, at least 0
 * @param status {@code active}, {@code archived} or any other string
 * @param description its description, if any
 * @param budgets its usage limits
 * @param requestsPerMinute its rate limit in requests per minute, if any
 */
public record FakeWorkspace(String slug, String name, String id, double trafficScale,
    String status, Optional<String> description, List<Budget> budgets,
    OptionalLong requestsPerMinute) {

  /**
   * Checks the workspace.
   *
   * @param slug the slug analytics queries name in {@code workspace_slug}
   * @param name the display name
   * @param id the workspace's UUID
   * @param trafficScale the workspace's traffic relative to a workspace of scale 1, at least 0
   * @param status {@code active}, {@code archived} or any other string
   * @param description its description, if any
   * @param budgets its usage limits
   * @param requestsPerMinute its rate limit in requests per minute, if any
   * @throws IllegalArgumentException if the slug is blank or the scale negative
   */
  public FakeWorkspace {
    Objects.requireNonNull(slug, "slug == null");
    if (slug.isBlank()) {
      throw new IllegalArgumentException("slug is blank");
    }
    if (!(trafficScale >= 0)) {
      throw new IllegalArgumentException("trafficScale must be >= 0, got " + trafficScale);
    }
    budgets = List.copyOf(budgets);
  }

  /**
   * An active workspace of traffic scale 1, without budgets, its id derived from its slug.
   *
   * @param slug the slug
   * @param name the display name
   * @return a new workspace
   */
  public static FakeWorkspace of(String slug, String name) {
    String id = UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8)).toString();
    return new FakeWorkspace(slug, name, id, 1, "active", Optional.empty(), List.of(),
        OptionalLong.empty());
  }

  /**
   * The same workspace with another id.
   *
   * @param uuid the id
   * @return a new workspace
   */
  public FakeWorkspace withId(String uuid) {
    return new FakeWorkspace(slug, name, uuid, trafficScale, status, description, budgets,
        requestsPerMinute);
  }

  /**
   * The same workspace with another traffic scale.
   *
   * @param scale at least 0
   * @return a new workspace
   */
  public FakeWorkspace withTrafficScale(double scale) {
    return new FakeWorkspace(slug, name, id, scale, status, description, budgets,
        requestsPerMinute);
  }

  /**
   * The same workspace, archived, with no traffic.
   *
   * @param why its description
   * @return a new workspace
   */
  public FakeWorkspace archived(String why) {
    return new FakeWorkspace(slug, name, id, 0, "archived", Optional.of(why), budgets,
        requestsPerMinute);
  }

  /**
   * The same workspace with usage limits.
   *
   * @param limits the budgets
   * @return a new workspace
   */
  public FakeWorkspace withBudgets(Budget... limits) {
    return new FakeWorkspace(slug, name, id, trafficScale, status, description, List.of(limits),
        requestsPerMinute);
  }

  /**
   * The same workspace with a rate limit.
   *
   * @param rpm requests per minute
   * @return a new workspace
   */
  public FakeWorkspace withRequestsPerMinute(long rpm) {
    return new FakeWorkspace(slug, name, id, trafficScale, status, description, budgets,
        OptionalLong.of(rpm));
  }
}
