package io.github.portkeyadmin.testing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The fictional organisation a {@link PortkeyTestServer} serves. Immutable: every change returns a
 * new description.
 */
public final class Organisation {
  private final Optional<Instant> now;

  private Organisation(Optional<Instant> now) {
    this.now = now;
  }

  /**
   * "Acme Robotics": six workspaces, twelve virtual keys (one exhausted, one expiring in three
   * days, one expired, one in a status the SDK does not know, one near its budget), four log
   * exports, nine users and a month of hourly traffic with a request spike 50 hours and an error
   * burst 100 hours before now. Dated relative to the server's start unless {@link #at} fixes now.
   *
   * @return the default organisation
   */
  public static Organisation demo() {
    return new Organisation(Optional.empty());
  }

  /**
   * The same organisation with "now" fixed, so that tests see the same data on every run.
   *
   * @param now the instant every date of the data is relative to
   * @return a new description
   */
  public Organisation at(Instant now) {
    return new Organisation(Optional.of(Objects.requireNonNull(now, "now == null")));
  }

  /**
   * The fixed now, if set.
   *
   * @return the instant of {@link #at}, or empty for the server's start
   */
  public Optional<Instant> now() {
    return now;
  }

  /**
   * The organisation's name.
   *
   * @return {@code Acme Robotics}
   */
  public String name() {
    return DemoOrg.NAME;
  }

  /**
   * The slug of the default workspace, the one analytics examples use.
   *
   * @return {@code ws-prod}
   */
  public String defaultWorkspace() {
    return DemoOrg.DEFAULT_WORKSPACE;
  }

  /**
   * Whether a workspace of this slug exists.
   *
   * @param slug a workspace slug
   * @return true for one of the organisation's workspaces
   */
  public boolean hasWorkspace(String slug) {
    return DemoOrg.isWorkspace(slug);
  }
}
