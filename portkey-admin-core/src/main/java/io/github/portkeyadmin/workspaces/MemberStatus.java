package io.github.portkeyadmin.workspaces;

/**
 * The status of a workspace member.
 *
 * <p>Read through {@link io.github.portkeyadmin.OpenEnum}, so new server values become {@link
 * #UNKNOWN}.
 */
public enum MemberStatus {
  /** Wire value {@code active}. */
  ACTIVE,
  /** A value this version of the SDK does not know; the raw string is kept. */
  UNKNOWN
}
