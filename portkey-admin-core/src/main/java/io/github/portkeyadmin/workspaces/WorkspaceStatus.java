package io.github.portkeyadmin.workspaces;

/**
 * The status of a workspace.
 *
 * <p>Read through {@link io.github.portkeyadmin.OpenEnum}, so new server values become {@link
 * #UNKNOWN}.
 */
public enum WorkspaceStatus {
  /** Wire value {@code active}. */
  ACTIVE,
  /** Wire value {@code archived}. */
  ARCHIVED,
  /** A value this version of the SDK does not know; the raw string is kept. */
  UNKNOWN
}
