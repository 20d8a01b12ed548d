package io.github.portkeyadmin.testing;

import java.util.Objects;

/**
 * A user of the analytics groups, with the share of requests made as them.
 *
 * @param user the user, {@code ""} for requests without one
 * @param share the share of requests, 0 to 1
 */
public record FakeUser(String user, double share) {
  /**
   * Checks the user.
   *
   * @param user the user, {@code ""} for requests without one
   * @param share the share of requests, 0 to 1
   * @throws IllegalArgumentException if the share is outside 0 to 1
   */
  public FakeUser {
    Objects.requireNonNull(user, "user == null");
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be 0 to 1, got " + share);
    }
  }
}
