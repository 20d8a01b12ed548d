package io.github.portkeyadmin;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a listing across all its pages, fetching each page only when iteration reaches it.
 *
 * <p>Each call to {@link #iterator()} or {@link #stream()} starts again from the first page it was
 * created with; that page is not requested again. A failed request surfaces from {@code next()} or
 * from the stream as the SDK's usual {@link io.github.portkeyadmin.errors.PortkeyException}.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Page<T> first;

  AutoPager(Page<T> first) {
    this.first = first;
  }

  @Override
  public Iterator<T> iterator() {
    return new PagingIterator<>(first);
  }

  /**
   * The items as a sequential stream, fetched lazily as the stream is consumed.
   *
   * @return a stream of every item
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private static final class PagingIterator<T> implements Iterator<T> {
    private Page<T> page;
    private Iterator<T> items;

    PagingIterator(Page<T> first) {
      this.page = first;
      this.items = first.items().iterator();
    }

    @Override
    public boolean hasNext() {
      while (!items.hasNext() && page.hasNextPage()) {
        page = page.nextPage();
        items = page.items().iterator();
      }
      return items.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more items after page " + page.page());
      }
      return items.next();
    }
  }
}
