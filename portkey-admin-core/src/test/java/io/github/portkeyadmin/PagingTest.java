package io.github.portkeyadmin;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.TimeRange;
import io.github.portkeyadmin.analytics.UserAnalytics;
import io.github.portkeyadmin.errors.BadRequestException;
import io.github.portkeyadmin.support.ClientTest;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@link Page} and {@link AutoPager}, through the real client and built directly. */
class PagingTest extends ClientTest {
  private static final String VK_PAGE = "/v1/virtual-keys?current_page=%d&page_size=2";
  private static final String USERS = "/v1/analytics/groups/users"
      + "?workspace_slug=ws-prod"
      + "&time_of_generation_min=2026-02-01T00%3A00%3A00%2B00%3A00"
      + "&time_of_generation_max=2026-02-08T00%3A00%3A00%2B00%3A00";

  /** Answers only the exact targets given (path and query string); anything else is a 404. */
  private void serveExactly(Map<String, MockResponse> responses) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        MockResponse response = responses.get(request.getTarget());
        return response != null ? response : json(404, "{\"success\":false,\"data\":{"
            + "\"message\":\"unexpected target " + request.getTarget() + "\"}}");
      }
    });
  }

  /** Five virtual keys, vk-1 to vk-5, in pages of 2: 2, 2 and 1 keys. */
  private void serveFiveKeysInPagesOfTwo() {
    serveExactly(Map.of(
        VK_PAGE.formatted(0), json(keys(5, "vk-1", "vk-2")),
        VK_PAGE.formatted(1), json(keys(5, "vk-3", "vk-4")),
        VK_PAGE.formatted(2), json(keys(5, "vk-5"))));
  }

  private static String keys(long total, String... slugs) {
    return list(total, Stream.of(slugs).map(slug -> "{\"slug\":\"" + slug
        + "\",\"status\":\"active\",\"object\":\"virtual-key\"}"));
  }

  private static String users(long total, String... names) {
    return list(total, Stream.of(names).map(name -> "{\"user\":\"" + name
        + "\",\"requests\":\"42\",\"cost\":\"123.5\",\"object\":\"analytics-group\"}"));
  }

  private static String list(long total, Stream<String> rows) {
    return "{\"object\":\"list\",\"total\":" + total + ",\"data\":["
        + rows.collect(Collectors.joining(",")) + "]}";
  }

  private List<String> targets() throws InterruptedException {
    List<String> targets = new ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      targets.add(server.takeRequest().getTarget());
    }
    return targets;
  }

  private static List<String> slugs(Page<VirtualKey> page) {
    return page.items().stream().map(VirtualKey::slug).toList();
  }

  private static AnalyticsQuery usersQuery() {
    return AnalyticsQuery.builder()
        .workspaceSlug("ws-prod")
        .timeRange(TimeRange.of(
            Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-08T00:00:00Z")))
        .build();
  }

  // Through the client: virtual keys, total 5, page size 2.

  @Test
  void firstPageReportsItsItemsTotalAndThatMoreFollow() {
    serveFiveKeysInPagesOfTwo();

    Page<VirtualKey> first = client.virtualKeys().list(0, 2);

    assertThat(slugs(first)).containsExactly("vk-1", "vk-2");
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.page()).isZero();
    assertThat(first.pageSize()).isEqualTo(2);
    assertThat(first.hasNextPage()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void nextPageRequestsTheFollowingPageWithTheSamePageSize() throws Exception {
    serveFiveKeysInPagesOfTwo();

    Page<VirtualKey> second = client.virtualKeys().list(0, 2).nextPage();

    assertThat(slugs(second)).containsExactly("vk-3", "vk-4");
    assertThat(second.page()).isEqualTo(1);
    assertThat(second.pageSize()).isEqualTo(2);
    assertThat(second.hasNextPage()).isTrue();
    assertThat(targets()).containsExactly(VK_PAGE.formatted(0), VK_PAGE.formatted(1));
  }

  @Test
  void lastPartialPageHasNoNextPageAndNextPageThrows() {
    serveFiveKeysInPagesOfTwo();

    Page<VirtualKey> last = client.virtualKeys().list(0, 2).nextPage().nextPage();

    assertThat(slugs(last)).containsExactly("vk-5");
    assertThat(last.page()).isEqualTo(2);
    assertThat(last.hasNextPage()).isFalse();
    assertThatThrownBy(last::nextPage)
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("last page");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void autoPagerIteratesEveryItemInOrderRequestingEachPageOnce() throws Exception {
    serveFiveKeysInPagesOfTwo();

    List<String> seen = new ArrayList<>();
    for (VirtualKey key : client.virtualKeys().list(0, 2).autoPager()) {
      seen.add(key.slug());
    }

    assertThat(seen).containsExactly("vk-1", "vk-2", "vk-3", "vk-4", "vk-5");
    assertThat(targets()).containsExactly(
        VK_PAGE.formatted(0), VK_PAGE.formatted(1), VK_PAGE.formatted(2));
  }

  @Test
  void autoPagerStreamsEveryItemInOrder() {
    serveFiveKeysInPagesOfTwo();

    List<String> slugs = client.virtualKeys().list(0, 2).autoPager().stream()
        .map(VirtualKey::slug)
        .toList();

    assertThat(slugs).containsExactly("vk-1", "vk-2", "vk-3", "vk-4", "vk-5");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void autoPagerStreamRequestsAPageOnlyWhenItsFirstItemIsReached() {
    serveFiveKeysInPagesOfTwo();
    AutoPager<VirtualKey> keys = client.virtualKeys().list(0, 2).autoPager();

    assertThat(keys.stream().limit(2)).extracting(VirtualKey::slug).containsExactly("vk-1", "vk-2");
    assertThat(server.getRequestCount()).isEqualTo(1);

    assertThat(keys.stream().limit(3)).extracting(VirtualKey::slug).endsWith("vk-3");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void eachStreamRestartsFromTheFirstPageWithoutRequestingItAgain() throws Exception {
    serveFiveKeysInPagesOfTwo();
    AutoPager<VirtualKey> keys = client.virtualKeys().list(0, 2).autoPager();

    assertThat(keys.stream().count()).isEqualTo(5);
    assertThat(keys.stream().findFirst()).map(VirtualKey::slug).contains("vk-1");

    assertThat(targets()).containsExactly(
        VK_PAGE.formatted(0), VK_PAGE.formatted(1), VK_PAGE.formatted(2));
  }

  @Test
  void iteratorFetchesTheNextPageOnlyWhenTheCurrentOneIsUsedUp() {
    serveFiveKeysInPagesOfTwo();
    Iterator<VirtualKey> keys = client.virtualKeys().list(0, 2).autoPager().iterator();

    keys.next();
    keys.next();
    assertThat(server.getRequestCount()).isEqualTo(1);

    assertThat(keys.hasNext()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(keys.next().slug()).isEqualTo("vk-3");
  }

  @Test
  void iteratorPastTheLastItemThrowsWithoutAnotherRequest() {
    serveFiveKeysInPagesOfTwo();
    Iterator<VirtualKey> keys = client.virtualKeys().list(0, 2).autoPager().iterator();
    for (int i = 0; i < 5; i++) {
      keys.next();
    }

    assertThat(keys.hasNext()).isFalse();
    assertThatThrownBy(keys::next).isInstanceOf(NoSuchElementException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void autoPagerFromALaterPageStartsThere() throws Exception {
    serveFiveKeysInPagesOfTwo();

    List<String> slugs = client.virtualKeys().list(1, 2).autoPager().stream()
        .map(VirtualKey::slug)
        .toList();

    assertThat(slugs).containsExactly("vk-3", "vk-4", "vk-5");
    assertThat(targets()).containsExactly(VK_PAGE.formatted(1), VK_PAGE.formatted(2));
  }

  @Test
  void failedPageRequestSurfacesFromIteration() {
    serveExactly(Map.of(
        VK_PAGE.formatted(0), json(keys(5, "vk-1", "vk-2")),
        VK_PAGE.formatted(1), json(400, "{\"success\":false,\"data\":{"
            + "\"message\":\"Invalid page\",\"errorCode\":\"AB01\"}}")));
    Iterator<VirtualKey> keys = client.virtualKeys().list(0, 2).autoPager().iterator();
    keys.next();
    keys.next();

    assertThatThrownBy(keys::hasNext)
        .isInstanceOfSatisfying(BadRequestException.class,
            e -> assertThat(e.errorCode()).contains("AB01"));
  }

  // Through the client: grouped analytics with no page size.

  @Test
  void groupedCallWithoutPageSizeUsesTheReturnedCountForTheNextPage() throws Exception {
    serveExactly(Map.of(
        USERS + "&current_page=0", json(users(5, "u1", "u2", "u3")),
        USERS + "&current_page=1&page_size=3", json(users(5, "u4", "u5"))));

    Page<UserAnalytics> first = client.analytics().users(usersQuery());
    assertThat(first.pageSize()).isEqualTo(3);
    assertThat(first.hasNextPage()).isTrue();
    Page<UserAnalytics> second = first.nextPage();

    assertThat(targets()).containsExactly(
        USERS + "&current_page=0", USERS + "&current_page=1&page_size=3");
    assertThat(second.items()).extracting(row -> row.user().orElseThrow()).containsExactly("u4", "u5");
    assertThat(second.page()).isEqualTo(1);
    assertThat(second.pageSize()).isEqualTo(3);
    assertThat(second.hasNextPage()).isFalse();
  }

  @Test
  void groupedAutoPagerReadsEveryRowWithItsNumbers() {
    serveExactly(Map.of(
        USERS + "&current_page=0", json(users(5, "u1", "u2", "u3")),
        USERS + "&current_page=1&page_size=3", json(users(5, "u4", "u5"))));

    List<UserAnalytics> rows = client.analytics().users(usersQuery()).autoPager().stream().toList();

    assertThat(rows).extracting(row -> row.user().orElseThrow()).containsExactly("u1", "u2", "u3", "u4", "u5");
    assertThat(rows.get(0).requests()).isEqualTo(42);
    assertThat(rows.get(0).cost()).isEqualByComparingTo("123.5");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  // Page.of directly: edge cases, no server.

  private static IntFunction<Page<String>> neverCalled() {
    return page -> {
      throw new AssertionError("fetched page " + page + " although none should follow");
    };
  }

  /** The letters a to e in pages of two, counting fetches. */
  private static Page<String> letters(int page, AtomicInteger fetches) {
    List<String> all = List.of("a", "b", "c", "d", "e");
    List<String> items = all.subList(Math.min(page * 2, 5), Math.min(page * 2 + 2, 5));
    return Page.of(items, all.size(), page, 2, next -> {
      fetches.incrementAndGet();
      return letters(next, fetches);
    });
  }

  @Test
  void emptyPageHasNoNextPageEvenWhenTotalSaysMore() {
    Page<String> page = Page.of(List.of(), 5, 3, 2, neverCalled());

    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.autoPager()).isEmpty();
    assertThatThrownBy(page::nextPage).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void emptyListingOfTotalZeroHasNothingToIterate() {
    Page<String> page = Page.of(List.of(), 0, 0, 50, neverCalled());

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isZero();
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.autoPager().stream()).isEmpty();
  }

  @Test
  void fullLastPageOfAnExactMultipleHasNoNextPage() {
    Page<String> last = Page.of(List.of("c", "d"), 4, 1, 2, neverCalled());

    assertThat(last.hasNextPage()).isFalse();
    assertThat(last.autoPager()).containsExactly("c", "d");
  }

  @Test
  void fullPageBeforeTheEndOfAnExactMultipleHasANextPage() {
    List<Integer> requested = new ArrayList<>();
    Page<String> first = Page.of(List.of("a", "b"), 4, 0, 2, page -> {
      requested.add(page);
      return Page.of(List.of("c", "d"), 4, page, 2, neverCalled());
    });

    assertThat(first.hasNextPage()).isTrue();
    assertThat(first.nextPage().items()).containsExactly("c", "d");
    assertThat(requested).containsExactly(1);
  }

  @Test
  void singlePartialPageHasNoNextPage() {
    assertThat(Page.of(List.of("a"), 1, 0, 2, neverCalled()).hasNextPage()).isFalse();
  }

  @Test
  void autoPagerOverBuiltPagesFetchesEachFollowingPageOnce() {
    AtomicInteger fetches = new AtomicInteger();

    List<String> all = letters(0, fetches).autoPager().stream().toList();

    assertThat(all).containsExactly("a", "b", "c", "d", "e");
    assertThat(fetches).hasValue(2);
  }

  @Test
  void pageKeepsAnUnmodifiableCopyOfItsItems() {
    List<String> source = new ArrayList<>(List.of("a", "b"));
    Page<String> page = Page.of(source, 2, 0, 2, neverCalled());
    source.add("c");

    assertThat(page.items()).containsExactly("a", "b");
    assertThatThrownBy(() -> page.items().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void negativePageOrPageSizeIsRejected() {
    assertThatThrownBy(() -> Page.of(List.of(), 0, -1, 2, neverCalled()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("page=-1");
    assertThatThrownBy(() -> Page.of(List.of(), 0, 0, -2, neverCalled()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageSize=-2");
  }

  @Test
  void missingItemsOrFetcherIsRejected() {
    assertThatThrownBy(() -> Page.of(null, 0, 0, 2, neverCalled()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("items");
    assertThatThrownBy(() -> Page.<String>of(List.of(), 0, 0, 2, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("fetchPage");
  }

  @Test
  void toStringShowsPositionAndCountsNotItems() {
    assertThat(Page.of(List.of("secret-ish"), 7, 3, 2, neverCalled()))
        .hasToString("Page{page=3, pageSize=2, items=1, total=7}");
  }
}
