package io.github.portkeyadmin.workspaces;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.OpenEnum;
import io.github.portkeyadmin.limits.RateLimit;
import io.github.portkeyadmin.limits.UsageLimits;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A workspace of the organisation.
 *
 * <p>Only {@link #id()} is required; every other field may be absent or {@code null} on the wire,
 * which reads as empty. Date-times without a zone ({@code 2023-07-13 13:51:27}) are read as UTC.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkspace.class)
@JsonDeserialize(as = ImmutableWorkspace.class)
public interface Workspace {
  /**
   * The id: a UUID on the live server (a slug in some spec examples).
   *
   * @return the id
   */
  @JsonProperty("id")
  String id();

  /**
   * The slug, used as {@code workspaceSlug} in analytics queries.
   *
   * @return the slug, or empty
   */
  @JsonProperty("slug")
  Optional<String> slug();

  /**
   * The display name.
   *
   * @return the name, or empty
   */
  @JsonProperty("name")
  Optional<String> name();

  /**
   * The description.
   *
   * @return the description, or empty
   */
  @JsonProperty("description")
  Optional<String> description();

  /**
   * The status. {@code UNKNOWN} with an empty raw value when absent.
   *
   * @return active, archived, or a value the server added later
   */
  @JsonProperty("status")
  @Value.Default
  default OpenEnum<WorkspaceStatus> status() {
    return OpenEnum.absent(WorkspaceStatus.class);
  }

  /**
   * Whether this is the organisation's default workspace, as the live server sends it: a
   * top-level 0 or 1. Servers shaped like the spec put it in {@link #defaults()} instead.
   *
   * @return the flag, or empty
   */
  @JsonProperty("is_default")
  Optional<Boolean> defaultWorkspace();

  /**
   * The workspace defaults as the spec shapes them: default request metadata and the default flag.
   *
   * @return the defaults, or empty ({@code null} on the live server)
   */
  @JsonProperty("defaults")
  Optional<WorkspaceDefaults> defaults();

  /**
   * When the workspace was created.
   *
   * @return the time, or empty
   */
  @JsonProperty("created_at")
  Optional<Instant> createdAt();

  /**
   * When the workspace was last changed.
   *
   * @return the time, or empty
   */
  @JsonProperty("last_updated_at")
  Optional<Instant> lastUpdatedAt();

  /**
   * The workspace budgets. A cost budget is in US dollars.
   *
   * @return the budgets, empty if none
   */
  @JsonProperty("usage_limits")
  List<UsageLimits> usageLimits();

  /**
   * The workspace rate limits.
   *
   * @return the limits, empty if none
   */
  @JsonProperty("rate_limits")
  List<RateLimit> rateLimits();
}
