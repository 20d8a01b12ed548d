package io.github.portkeyadmin.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;
import org.jspecify.annotations.Nullable;

/**
 * Bounds every response body as the application reads it, so after decompression: a 2xx body
 * longer than the limit fails with {@link TooLarge} once the limit is passed (nothing beyond it is
 * read), an error body ends quietly after {@value #MAX_ERROR_BODY_BYTES} bytes. Failures while
 * reading a body become {@link BodyReadException}, telling them apart from failures before the
 * response and from JSON that does not parse. When a client has call listeners, the bytes read
 * are also counted in a tag of the request, which OkHttp and Retrofit keep on the response.
 */
final class ResponseBodyLimit implements Interceptor {
  /** Error bodies are read up to this many bytes; the excerpt needs far less. */
  static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

  private final long maxBytes;
  private final boolean count;

  ResponseBodyLimit(long maxBytes, boolean count) {
    this.maxBytes = maxBytes;
    this.count = count;
  }

  /**
   * The body bytes read of a response, for call events.
   *
   * @param response a response that passed through a counting limit
   * @return the bytes read, or the declared length when they were not counted
   */
  static long bytesRead(Response response) {
    ByteCount bytes = response.request().tag(ByteCount.class);
    return bytes != null ? bytes.get() : Math.max(0, response.body().contentLength());
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    ByteCount bytes = count ? new ByteCount() : null;
    Request request = bytes != null
        ? chain.request().newBuilder().tag(ByteCount.class, bytes).build()
        : chain.request();
    Response response = chain.proceed(request);
    ResponseBody body = response.body();
    if (response.isSuccessful() && body.contentLength() > maxBytes) {
      body.close();
      throw new TooLarge(maxBytes);
    }
    long limit = response.isSuccessful() ? maxBytes : MAX_ERROR_BODY_BYTES;
    BufferedSource bounded =
        Okio.buffer(new Bounded(body.source(), limit, response.isSuccessful(), bytes));
    return response.newBuilder()
        .body(ResponseBody.create(bounded, body.contentType(), body.contentLength()))
        .build();
  }

  /** The bytes read of one response body. */
  private static final class ByteCount extends AtomicLong {
    private static final long serialVersionUID = 1L;
  }

  /** Counts the bytes read; past the limit either fails or ends the body. */
  private static final class Bounded extends ForwardingSource {
    private final long limit;
    private final boolean failPastLimit;
    private final @Nullable ByteCount bytes;
    private long read;

    Bounded(Source delegate, long limit, boolean failPastLimit, @Nullable ByteCount bytes) {
      super(delegate);
      this.limit = limit;
      this.failPastLimit = failPastLimit;
      this.bytes = bytes;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      if (read >= limit && !failPastLimit) {
        return -1;
      }
      long asked = failPastLimit ? byteCount : Math.min(byteCount, limit - read);
      long got;
      try {
        got = super.read(sink, asked);
      } catch (IOException e) {
        throw new BodyReadException(e);
      }
      read += Math.max(got, 0);
      if (bytes != null) {
        bytes.set(read);
      }
      if (read > limit && failPastLimit) {
        throw new TooLarge(limit);
      }
      return got;
    }
  }

  /** The response arrived but its body could not be read to the end. */
  static final class BodyReadException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyReadException(IOException cause) {
      super("the response body was cut off: " + cause.getMessage(), cause);
    }
  }

  /** The body passed the limit; carried as an I/O failure through OkHttp and Retrofit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    TooLarge(long limit) {
      super("response body over " + limit + " bytes");
      this.limit = limit;
    }
  }
}
