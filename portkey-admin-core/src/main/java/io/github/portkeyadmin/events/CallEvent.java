package io.github.portkeyadmin.events;

/** What every call event names: which call, and which endpoint it went to. */
public interface CallEvent {
  /**
   * The SDK call, as {@code service.method}: {@code analytics.cost}, {@code workspaces.list},
   * {@code raw.get}. A fixed, small set of values: fit for a metric tag.
   *
   * @return the operation name
   */
  String operation();

  /**
   * Method and URL path, e.g. {@code GET /v1/virtual-keys/vk-prod}. The path may hold ids, so it
   * is not fit for a metric tag; the query string is never included.
   *
   * @return the endpoint
   */
  String endpoint();
}
