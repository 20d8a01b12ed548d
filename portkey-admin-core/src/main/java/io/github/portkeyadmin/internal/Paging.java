package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.Page;
import org.jspecify.annotations.Nullable;

/** Turns a page-fetching function into a {@link Page} that can fetch the pages after it. */
public final class Paging {
  private Paging() {}

  /** Fetches one page of a listing. */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /**
     * Fetches a page.
     *
     * @param page the page number, from 0
     * @param pageSize the page size, or {@code null} to let the server choose
     * @return the server's answer
     */
    ListEnvelope<T> fetch(int page, @Nullable Integer pageSize);
  }

  /**
   * Fetches {@code page}. When no page size was requested, the number of items the server
   * returned becomes the page size of the following pages, so their offsets line up.
   */
  public static <T> Page<T> fetch(int page, @Nullable Integer pageSize, PageFetcher<T> fetcher) {
    ListEnvelope<T> envelope = fetcher.fetch(page, pageSize);
    int size = pageSize != null ? pageSize : envelope.data().size();
    return Page.of(envelope.data(), envelope.total(), page, size,
        next -> fetch(next, size, fetcher));
  }
}
