package io.github.portkeyadmin.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A check on the JMH ratios that other work on the machine skews less: each SDK operation and its
 * bare twin run in alternating rounds, and each round's time is the client's CPU time rather than
 * wall-clock time, so time spent descheduled while other processes run is not counted. The client's
 * CPU time is this thread's plus that of the SDK's own HTTP threads ({@value #SDK_HTTP_THREADS}*),
 * which send each request while the calling thread waits; the bare client works on this thread
 * alone. The printed ratio is the median of the per-round ratios. It leaves out work on other
 * threads (the stub server, GC and JIT threads), so it complements the JMH figures and does not
 * replace them.
 */
public final class PairedCpuCheck {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** The name prefix of the threads on which the SDK sends requests (its transport's). */
  static final String SDK_HTTP_THREADS = "portkey-admin-http-";

  private static volatile Object sink;

  private final int rounds;
  private final int warmupRounds;
  private final int scale;

  private PairedCpuCheck(boolean quick) {
    this.rounds = quick ? 1 : 21;
    this.warmupRounds = quick ? 0 : 8;
    this.scale = quick ? 100 : 1;
  }

  /**
   * Runs every pair and prints one line each.
   *
   * @param args {@code --quick} for one short round each, to check that it runs
   * @throws Exception if a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    new PairedCpuCheck(args.length > 0 && args[0].equals("--quick")).run();
  }

  private void run() throws Exception {
    System.out.printf(Locale.ROOT, "%-34s %12s %12s %8s %15s%n", "pair (CPU time of the client)",
        "SDK", "bare", "ratio", "min - max");
    CallOverheadBenchmark call = new CallOverheadBenchmark();
    call.start();
    try {
      pair("1. per call, cost, 720 points", call::sdk, call::bare, 200);
    } finally {
      call.stop();
    }
    for (int points : new int[] {720, 10_000}) {
      CostDecodingBenchmark decode = new CostDecodingBenchmark();
      decode.points = points;
      decode.prepare();
      pair("2. decode cost, " + points + " points", decode::sdk, decode::bare,
          points == 720 ? 300 : 20);
    }
    GroupedDecodingBenchmark grouped = new GroupedDecodingBenchmark();
    grouped.prepare();
    pair("2. decode users page, 1,000 rows", grouped::sdk, grouped::bare, 500);
    PagingBenchmark paging = new PagingBenchmark();
    paging.keys = scale == 1 ? 100_000 : 1_000;
    paging.start();
    try {
      pair("3. paging, per key, " + paging.keys + " keys", paging::sdk, paging::bare, 20_000);
    } finally {
      paging.stop();
    }
  }

  private void pair(String name, Callable<?> sdk, Callable<?> bare, int operations)
      throws Exception {
    int perRound = Math.max(1, operations / scale);
    for (int i = 0; i < warmupRounds; i++) {
      microsPerOp(sdk, perRound);
      microsPerOp(bare, perRound);
    }
    double[] sdkTimes = new double[rounds];
    double[] bareTimes = new double[rounds];
    double[] ratios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      boolean sdkFirst = round % 2 == 0;
      double first = microsPerOp(sdkFirst ? sdk : bare, perRound);
      double second = microsPerOp(sdkFirst ? bare : sdk, perRound);
      sdkTimes[round] = sdkFirst ? first : second;
      bareTimes[round] = sdkFirst ? second : first;
      ratios[round] = sdkTimes[round] / bareTimes[round];
    }
    Arrays.sort(sdkTimes);
    Arrays.sort(bareTimes);
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "%-34s %9.1f us %9.1f us %8.3f %7.3f - %.3f%n", name,
        sdkTimes[rounds / 2], bareTimes[rounds / 2], ratios[rounds / 2], ratios[0],
        ratios[rounds - 1]);
  }

  private static double microsPerOp(Callable<?> operation, int count) throws Exception {
    Map<Long, Long> start = clientCpuNanos();
    for (int i = 0; i < count; i++) {
      sink = operation.call();
    }
    Map<Long, Long> end = clientCpuNanos();
    long nanos = 0;
    for (Map.Entry<Long, Long> thread : end.entrySet()) {
      nanos += thread.getValue() - start.getOrDefault(thread.getKey(), 0L);
    }
    return nanos / 1e3 / count;
  }

  /**
   * CPU time so far of this thread and of each live SDK HTTP thread, by thread id. A thread that
   * ends during a round is left out of that round rather than counted negative.
   */
  private static Map<Long, Long> clientCpuNanos() {
    Map<Long, Long> cpu = new HashMap<>();
    cpu.put(Thread.currentThread().getId(), THREADS.getCurrentThreadCpuTime());
    for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (thread != null && thread.getThreadName().startsWith(SDK_HTTP_THREADS)) {
        long nanos = THREADS.getThreadCpuTime(thread.getThreadId());
        if (nanos >= 0) {
          cpu.put(thread.getThreadId(), nanos);
        }
      }
    }
    return cpu;
  }
}
