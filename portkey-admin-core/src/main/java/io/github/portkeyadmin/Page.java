package io.github.portkeyadmin;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * One page of a listing, with what is needed to fetch the next.
 *
 * <p>Pages are numbered from 0, as Portkey's {@code current_page} is. A page is immutable; {@link
 * #nextPage()} makes a new request each time it is called. To walk every item of every page, use
 * {@link #autoPager()}, which fetches pages only as iteration reaches them.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final long total;
  private final int page;
  private final int pageSize;
  private final IntFunction<Page<T>> fetchPage;

  private Page(List<T> items, long total, int page, int pageSize, IntFunction<Page<T>> fetchPage) {
    this.items = List.copyOf(items);
    this.total = total;
    this.page = page;
    this.pageSize = pageSize;
    this.fetchPage = fetchPage;
  }

  /**
   * Creates a page. The SDK calls this; it is public so that callers can build pages in their own
   * tests.
   *
   * @param items the items of this page
   * @param total the number of items across all pages, as the server reported it
   * @param page this page's number, from 0
   * @param pageSize the page size requested, or the number of items the server chose to return
   * @param fetchPage fetches the page with the given number and the same page size and filters
   * @param <T> the item type
   * @return the page
   * @throws IllegalArgumentException if {@code page} or {@code pageSize} is negative
   */
  public static <T> Page<T> of(
      List<T> items, long total, int page, int pageSize, IntFunction<Page<T>> fetchPage) {
    Objects.requireNonNull(items, "items == null");
    Objects.requireNonNull(fetchPage, "fetchPage == null");
    if (page < 0 || pageSize < 0) {
      throw new IllegalArgumentException(
          "page and pageSize must be >= 0, got page=" + page + ", pageSize=" + pageSize);
    }
    return new Page<>(items, total, page, pageSize, fetchPage);
  }

  /**
   * The items of this page, in the server's order.
   *
   * @return an unmodifiable list, empty past the last page
   */
  public List<T> items() {
    return items;
  }

  /**
   * The number of items across all pages, as reported by the server.
   *
   * @return the total
   */
  public long total() {
    return total;
  }

  /**
   * This page's number.
   *
   * @return the 0-based page number
   */
  public int page() {
    return page;
  }

  /**
   * The page size: the one requested, or, where none was, the number of items the server returned.
   *
   * @return the page size
   */
  public int pageSize() {
    return pageSize;
  }

  /**
   * Whether items remain after this page, judged from {@link #total()}.
   *
   * @return {@code true} if {@link #nextPage()} would return items
   */
  public boolean hasNextPage() {
    return !items.isEmpty() && (long) page * pageSize + items.size() < total;
  }

  /**
   * Fetches the next page with the same page size and filters.
   *
   * @return the next page
   * @throws NoSuchElementException if {@link #hasNextPage()} is {@code false}
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  public Page<T> nextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException(
          "page " + page + " is the last page (total " + total + "); check hasNextPage() first");
    }
    return fetchPage.apply(page + 1);
  }

  /**
   * Every item of this page and of the pages after it, fetched lazily: a page is requested only
   * when iteration reaches its first item, and only one page is held at a time.
   *
   * @return an iterable that can also be streamed
   */
  public AutoPager<T> autoPager() {
    return new AutoPager<>(this);
  }

  @Override
  public String toString() {
    return "Page{page=" + page + ", pageSize=" + pageSize + ", items=" + items.size()
        + ", total=" + total + '}';
  }
}
