package io.github.portkeyadmin.workspaces;

/**
 * A member's role in a workspace.
 *
 * <p>Read through {@link io.github.portkeyadmin.OpenEnum}, so new server values become {@link
 * #UNKNOWN}.
 */
public enum WorkspaceRole {
  /** Wire value {@code admin}. */
  ADMIN,
  /** Wire value {@code manager}. */
  MANAGER,
  /** Wire value {@code member}. */
  MEMBER,
  /** A value this version of the SDK does not know; the raw string is kept. */
  UNKNOWN
}
