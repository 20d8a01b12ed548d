package io.github.portkeyadmin.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Names and makes daemon the threads of one client's pool, e.g. {@code portkey-admin-http-3-1}. */
final class DaemonThreads implements ThreadFactory {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final String prefix;
  private final AtomicInteger count = new AtomicInteger();

  /**
   * Creates the factory of one pool.
   *
   * @param kind e.g. {@code portkey-admin-http-}
   */
  DaemonThreads(String kind) {
    this.prefix = kind + POOLS.incrementAndGet() + "-";
  }

  /**
   * A cached pool of this factory's threads.
   *
   * @return the pool
   */
  ExecutorService pool() {
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), this);
  }

  /**
   * The name prefix of the pool's threads.
   *
   * @return e.g. {@code portkey-admin-http-3-}
   */
  String prefix() {
    return prefix;
  }

  @Override
  public Thread newThread(Runnable runnable) {
    Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }
}
