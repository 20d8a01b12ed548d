package io.github.portkeyadmin.benchmarks;

import java.io.IOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Target 4, cold start, bare side: a fresh JVM makes the same call with OkHttp and decodes it
 * with Jackson into records, then prints what it decoded.
 */
public final class ColdStartBare {
  private ColdStartBare() {}

  /**
   * Runs one call.
   *
   * @param args the base URL, e.g. {@code http://127.0.0.1:1234/v1/}
   * @throws IOException if the call fails
   */
  public static void main(String[] args) throws IOException {
    OkHttpClient http = new OkHttpClient();
    try {
      Bare.CostGraph cost = Bare.cost(http, HttpUrl.get(args[0]), "ws-bench",
          Fixtures.FIRST_BUCKET, Fixtures.FIRST_BUCKET.plus(Duration.ofDays(30)));
      System.out.println("bare: " + cost.dataPoints().size() + " points, first "
          + cost.dataPoints().get(0).timestamp() + ", total " + cost.summary().total());
    } finally {
      Bare.close(http);
    }
  }
}
