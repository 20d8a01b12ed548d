package io.github.portkeyadmin.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Counts the response body bytes read, for call events. Installed only when a client has
 * listeners. The count travels as a tag of the request, which OkHttp and Retrofit keep on the
 * response.
 */
final class BodyMeter implements Interceptor {
  /** The running count of one exchange. */
  private static final class Count extends AtomicLong {
    private static final long serialVersionUID = 1L;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Count count = new Count();
    Request request = chain.request().newBuilder().tag(Count.class, count).build();
    Response response = chain.proceed(request);
    ResponseBody body = response.body();
    ForwardingSource counting = new ForwardingSource(body.source()) {
      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        long read = super.read(sink, byteCount);
        if (read > 0) {
          count.addAndGet(read);
        }
        return read;
      }
    };
    return response.newBuilder()
        .body(ResponseBody.create(Okio.buffer(counting), body.contentType(), body.contentLength()))
        .build();
  }

  /**
   * The bytes read of the response's body so far.
   *
   * @param response a response that passed through the meter
   * @return the count, or the declared length if it did not pass through the meter
   */
  static long bytesRead(Response response) {
    Count count = response.request().tag(Count.class);
    return count != null ? count.get() : Math.max(0, response.body().contentLength());
  }
}
