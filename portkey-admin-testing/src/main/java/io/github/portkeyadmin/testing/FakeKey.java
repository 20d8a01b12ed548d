package io.github.portkeyadmin.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A virtual key of an {@link Organisation}: what {@code GET /virtual-keys} and {@code GET
 * /providers} list, and the share of its workspace's traffic that goes through it (which the
 * {@code virtual_keys} analytics filter selects).
 *
 * @param slug the key's slug, unique in the organisation
 * @param name its display name
 * @param provider the provider, e.g. {@code openai}
 * @param status {@code active}, {@code exhausted}, {@code expired} or any other string
 * @param trafficShare the share of its workspace's requests made with the key, 0 to 1
 * @param budget its usage limit, if any
 * @param expiresIn when it expires relative to now (negative for the past), if ever
 * @param note its note, if any
 * @param workspace the slug of its workspace; empty for the organisation's default workspace
 */
public record FakeKey(String slug, String name, String provider, String status,
    double trafficShare, Optional<Budget> budget, Optional<Duration> expiresIn,
    Optional<String> note, Optional<String> workspace) {

  /**
   * Checks the key.
   *
   * @param slug the key's slug, unique in the organisation
   * @param name its display name
   * @param provider the provider, e.g. {@code openai}
   * @param status {@code active}, {@code exhausted}, {@code expired} or any other string
   * @param trafficShare the share of its workspace's requests made with the key, 0 to 1
   * @param budget its usage limit, if any
   * @param expiresIn when it expires relative to now (negative for the past), if ever
   * @param note its note, if any
   * @param workspace the slug of its workspace; empty for the organisation's default workspace
   * @throws IllegalArgumentException if the slug is blank or the share is outside 0 to 1
   */
  public FakeKey {
    Objects.requireNonNull(slug, "slug == null");
    if (slug.isBlank()) {
      throw new IllegalArgumentException("slug is blank");
    }
    if (!(trafficShare >= 0 && trafficShare <= 1)) {
      throw new IllegalArgumentException("trafficShare must be 0 to 1, got " + trafficShare);
    }
  }

  /**
   * An active key without budget, expiry or traffic, named after its slug.
   *
   * @param slug the key's slug
   * @param provider the provider, e.g. {@code openai}
   * @return a new key
   */
  public static FakeKey of(String slug, String provider) {
    return new FakeKey(slug, slug, provider, "active", 0, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /**
   * {@code count} active OpenAI keys {@code prefix0000} ... for paging tests.
   *
   * @param prefix the start of each slug
   * @param count how many
   * @return the keys, numbered from 0
   */
  public static List<FakeKey> many(String prefix, int count) {
    List<FakeKey> keys = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      keys.add(of(String.format("%s%04d", prefix, i), "openai"));
    }
    return keys;
  }

  /**
   * The same key with another display name.
   *
   * @param displayName the name
   * @return a new key
   */
  public FakeKey named(String displayName) {
    return new FakeKey(slug, displayName, provider, status, trafficShare, budget, expiresIn, note,
        workspace);
  }

  /**
   * The same key in another status.
   *
   * @param newStatus e.g. {@code exhausted}
   * @return a new key
   */
  public FakeKey withStatus(String newStatus) {
    return new FakeKey(slug, name, provider, newStatus, trafficShare, budget, expiresIn, note,
        workspace);
  }

  /**
   * The same key, status {@code exhausted}: its budget is used up.
   *
   * @return a new key
   */
  public FakeKey exhausted() {
    return withStatus("exhausted");
  }

  /**
   * The same key carrying a share of its workspace's traffic.
   *
   * @param share 0 to 1
   * @return a new key
   */
  public FakeKey withTrafficShare(double share) {
    return new FakeKey(slug, name, provider, status, share, budget, expiresIn, note, workspace);
  }

  /**
   * The same key with a usage limit.
   *
   * @param limit the budget
   * @return a new key
   */
  public FakeKey withBudget(Budget limit) {
    return new FakeKey(slug, name, provider, status, trafficShare, Optional.of(limit), expiresIn,
        note, workspace);
  }

  /**
   * The same key expiring {@code in} after now; a negative duration is in the past.
   *
   * @param in e.g. {@code Duration.ofDays(1)} for tomorrow
   * @return a new key
   */
  public FakeKey expiringIn(Duration in) {
    return new FakeKey(slug, name, provider, status, trafficShare, budget, Optional.of(in), note,
        workspace);
  }

  /**
   * The same key with a note.
   *
   * @param text the note
   * @return a new key
   */
  public FakeKey withNote(String text) {
    return new FakeKey(slug, name, provider, status, trafficShare, budget, expiresIn,
        Optional.of(text), workspace);
  }

  /**
   * The same key in another workspace.
   *
   * @param slugOfWorkspace a workspace slug of the organisation
   * @return a new key
   */
  public FakeKey inWorkspace(String slugOfWorkspace) {
    return new FakeKey(slug, name, provider, status, trafficShare, budget, expiresIn, note,
        Optional.of(slugOfWorkspace));
  }
}
