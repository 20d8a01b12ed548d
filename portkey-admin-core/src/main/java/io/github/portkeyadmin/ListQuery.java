package io.github.portkeyadmin;

import io.github.portkeyadmin.internal.Checks;
import io.github.portkeyadmin.internal.PortkeyStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A page of a workspace-scoped listing (providers, API keys): page, page size and the workspace.
 *
 * <pre>{@code
 * ListQuery query = ListQuery.builder().workspaceId("ws-prod").pageSize(100).build();
 * }</pre>
 *
 * <p>Defaults: page 0, page size {@value #DEFAULT_PAGE_SIZE}, no workspace (a workspace key's own;
 * Admin API keys should name one).
 */
@Value.Immutable
@PortkeyStyle
public interface ListQuery {
  /** The page size used when none is set, as Portkey's own default: {@value}. */
  int DEFAULT_PAGE_SIZE = 50;

  /**
   * The page number, from 0 ({@code current_page}). Default 0.
   *
   * @return the page
   */
  @Value.Default
  default int page() {
    return 0;
  }

  /**
   * Items per page ({@code page_size}). Default {@value #DEFAULT_PAGE_SIZE}.
   *
   * @return the page size
   */
  @Value.Default
  default int pageSize() {
    return DEFAULT_PAGE_SIZE;
  }

  /**
   * The workspace to list ({@code workspace_id}, UUID or slug). Needed with Admin API keys.
   *
   * @return the workspace, or empty
   */
  Optional<String> workspaceId();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableListQuery.Builder builder() {
    return ImmutableListQuery.builder();
  }

  /**
   * Rejects values the server would reject or misread.
   *
   * @throws IllegalArgumentException naming the parameter and the fix
   */
  @Value.Check
  default void check() {
    Checks.requirePaging(page(), pageSize());
    if (workspaceId().map(String::isBlank).orElse(false)) {
      throw new IllegalArgumentException(
          "workspaceId must not be blank: pass the workspace's UUID or slug, or leave it unset");
    }
  }
}
