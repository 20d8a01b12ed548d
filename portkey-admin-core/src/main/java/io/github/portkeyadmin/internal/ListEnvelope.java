package io.github.portkeyadmin.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code {"object":"list","total":N,"data":[...]}} envelope of every listing. A missing total
 * reads as 0 and a missing or {@code null} data as empty.
 *
 * @param total the number of items across all pages
 * @param data the items of this page
 * @param <T> the item type
 */
public record ListEnvelope<T>(long total, List<T> data) {
  /** Replaces a missing {@code data} with an empty list. */
  public ListEnvelope(long total, @Nullable List<T> data) {
    this.total = total;
    this.data = data == null ? List.of() : data;
  }
}
