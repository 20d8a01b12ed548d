package io.github.portkeyadmin.mcp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;

/** The client's end of the pipe: tells when it closed, so the server can exit. */
final class StdinWatch extends FilterInputStream {
  private final CountDownLatch closed = new CountDownLatch(1);

  StdinWatch(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    return watch(() -> super.read());
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    return watch(() -> super.read(buffer, offset, length));
  }

  void awaitClose() throws InterruptedException {
    closed.await();
  }

  private interface Read {
    int run() throws IOException;
  }

  private int watch(Read read) throws IOException {
    try {
      int result = read.run();
      if (result < 0) {
        closed.countDown();
      }
      return result;
    } catch (IOException e) {
      closed.countDown();
      throw e;
    }
  }
}
