package io.github.portkeyadmin.logexports;

/**
 * The status of a log export job. Portkey has been seen sending {@code queued} and {@code failure} too; those read as {@code UNKNOWN} with the raw value kept.
 *
 * <p>Read through {@link io.github.portkeyadmin.OpenEnum}, so new server values become {@link
 * #UNKNOWN}.
 */
public enum LogExportStatus {
  /** Wire value {@code draft}. */
  DRAFT,
  /** Wire value {@code in_progress}. */
  IN_PROGRESS,
  /** Wire value {@code success}. */
  SUCCESS,
  /** Wire value {@code failed}. */
  FAILED,
  /** Wire value {@code stopped}. */
  STOPPED,
  /** A value this version of the SDK does not know; the raw string is kept. */
  UNKNOWN
}
