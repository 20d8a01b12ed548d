package io.github.portkeyadmin.workspaces;

import io.github.portkeyadmin.internal.Checks;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which page of workspaces to list, and the optional name and status filters.
 *
 * <pre>{@code
 * WorkspaceQuery query = WorkspaceQuery.builder()
 *     .pageSize(20)
 *     .name("prod")
 *     .addStatuses(WorkspaceStatus.ACTIVE)
 *     .build();
 * }</pre>
 *
 * <p>Defaults: page 0, page size {@value #DEFAULT_PAGE_SIZE}, no filters.
 */
@Value.Immutable
public interface WorkspaceQuery {
  /** The page size used when none is set: {@value}. */
  int DEFAULT_PAGE_SIZE = 50;

  /**
   * The page number, from 0. Default 0.
   *
   * @return the page
   */
  @Value.Default
  default int page() {
    return 0;
  }

  /**
   * Workspaces per page. Default {@value #DEFAULT_PAGE_SIZE}.
   *
   * @return the page size
   */
  @Value.Default
  default int pageSize() {
    return DEFAULT_PAGE_SIZE;
  }

  /**
   * Only workspaces whose name contains this text, case-sensitive ({@code name}).
   *
   * @return the filter, or empty
   */
  Optional<String> name();

  /**
   * Only the workspace with exactly this name ({@code exact_name}).
   *
   * @return the filter, or empty
   */
  Optional<String> exactName();

  /**
   * Only workspaces in these statuses ({@code status}, comma-separated). Empty means the server's
   * default.
   *
   * @return the statuses
   */
  Set<WorkspaceStatus> statuses();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableWorkspaceQuery.Builder builder() {
    return ImmutableWorkspaceQuery.builder();
  }

  /**
   * Rejects values the server would reject or misread.
   *
   * @throws IllegalArgumentException naming the parameter and the fix
   */
  @Value.Check
  default void check() {
    Checks.requirePaging(page(), pageSize());
    if (name().isPresent() && exactName().isPresent()) {
      throw new IllegalArgumentException(
          "set either name (contains) or exactName (equals), not both");
    }
    if (name().map(String::isBlank).orElse(false) || exactName().map(String::isBlank).orElse(false)) {
      throw new IllegalArgumentException("name and exactName must not be blank; leave them unset");
    }
    if (statuses().contains(WorkspaceStatus.UNKNOWN)) {
      throw new IllegalArgumentException("statuses must be ACTIVE or ARCHIVED, not UNKNOWN");
    }
  }
}
