package io.github.portkeyadmin;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** One client shared by 32 threads: 2,000 calls, each answered with data only it asked for. */
class ConcurrencyTest {
  private static final int THREADS = 32;
  private static final int CALLS = 2_000;

  @StartStop final MockWebServer server = new MockWebServer();

  /** Answers page N of size 1 with the key {@code vk-N}, matching the exact request target. */
  private static final class PageEchoDispatcher extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String prefix = "/v1/virtual-keys?current_page=";
      String suffix = "&page_size=1";
      String target = request.getTarget();
      if (!target.startsWith(prefix) || !target.endsWith(suffix)) {
        return json(404, "{\"message\":\"unexpected " + target + "\"}");
      }
      String page = target.substring(prefix.length(), target.length() - suffix.length());
      return json("{\"object\":\"list\",\"total\":" + CALLS
          + ",\"data\":[{\"slug\":\"vk-" + page + "\"}]}");
    }
  }

  @Test
  void sharedClientReturnsEachThreadItsOwnResult() throws Exception {
    server.setDispatcher(new PageEchoDispatcher());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (PortkeyAdminClient client = Fixtures.client(server)) {
      List<Future<String>> results = new ArrayList<>();
      for (int call = 0; call < CALLS; call++) {
        int page = call;
        results.add(pool.submit(() -> client.virtualKeys().list(page, 1).items().get(0).slug()));
      }
      for (int call = 0; call < CALLS; call++) {
        assertThat(results.get(call).get(30, TimeUnit.SECONDS)).isEqualTo("vk-" + call);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.getRequestCount()).isEqualTo(CALLS);
  }
}
