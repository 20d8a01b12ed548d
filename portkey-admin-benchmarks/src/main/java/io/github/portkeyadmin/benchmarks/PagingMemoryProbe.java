package io.github.portkeyadmin.benchmarks;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Target 3, paging memory, retained side: streams a listing through {@code autoPager()} and prints
 * the heap still in use after a full GC at every tenth of it. Flat means the figure does not grow
 * with the keys seen. It then measures what one key retains when kept, to show what holding the
 * whole listing would need. Run it with {@code -Xmx64m}.
 */
public final class PagingMemoryProbe {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private PagingMemoryProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the number of keys in the listing (default 100,000)
   * @throws Exception if the server cannot start
   */
  public static void main(String[] args) throws Exception {
    int keys = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int pageSize = PagingBenchmark.PAGE_SIZE;
    System.out.printf(Locale.ROOT, "max heap %d MiB, %d keys in pages of %d%n",
        Runtime.getRuntime().maxMemory() >> 20, keys, pageSize);
    try (StubServer server = StubServer.start(
            Map.of(StubServer.Paths.VIRTUAL_KEYS, Fixtures.virtualKeysPage(pageSize, keys)));
        PortkeyAdminClient client =
            PortkeyAdminClient.builder().apiKey("pk-bench").baseUrl(server.baseUrl()).build()) {
      System.out.printf(Locale.ROOT, "%10s  %18s%n", "keys seen", "heap after GC, KiB");
      long seen = 0;
      Iterator<VirtualKey> iterator = client.virtualKeys().list(0, pageSize).autoPager().iterator();
      while (iterator.hasNext()) {
        iterator.next();
        seen++;
        if (seen % (keys / 10) == 0) {
          System.out.printf(Locale.ROOT, "%10d  %18d%n", seen, heapAfterGc() >> 10);
        }
      }
      System.out.printf(Locale.ROOT, "streamed %d keys%n", seen);

      int kept = Math.min(keys, 10 * pageSize);
      long before = heapAfterGc();
      List<VirtualKey> held = new ArrayList<>(kept);
      Iterator<VirtualKey> again = client.virtualKeys().list(0, pageSize).autoPager().iterator();
      while (held.size() < kept) {
        held.add(again.next());
      }
      long perKey = (heapAfterGc() - before) / held.size();
      System.out.printf(Locale.ROOT,
          "a kept key retains ~%d bytes: holding all %d would need ~%d MiB%n",
          perKey, keys, perKey * keys >> 20);
    }
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
