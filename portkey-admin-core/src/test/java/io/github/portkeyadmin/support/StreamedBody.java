package io.github.portkeyadmin.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * A huge response body written as it is sent, never held in the test's memory: a prefix, then
 * one filler repeated up to the size, then a suffix. Chunked (no Content-Length), so the client
 * has to count as it reads.
 */
public final class StreamedBody implements MockResponseBody {
  private final byte[] prefix;
  private final byte[] filler;
  private final byte[] suffix;
  private final long size;

  public StreamedBody(String prefix, String filler, String suffix, long size) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.filler = filler.repeat(Math.max(1, 8192 / filler.length())).getBytes(StandardCharsets.UTF_8);
    this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    this.size = size;
  }

  @Override
  public long getContentLength() {
    return -1;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    sink.write(prefix);
    for (long written = prefix.length; written < size; written += filler.length) {
      sink.write(filler);
    }
    sink.write(suffix);
    sink.flush();
  }
}
