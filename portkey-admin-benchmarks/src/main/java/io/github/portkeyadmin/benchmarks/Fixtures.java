package io.github.portkeyadmin.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Response bodies in the shape the live server sends (see the {@code *-live.json} fixtures of
 * {@code portkey-admin-core}), generated at any size and identical from run to run.
 */
public final class Fixtures {
  /** The first bucket of every cost graph: 30 days of hourly points end just before this + 720h. */
  public static final Instant FIRST_BUCKET = Instant.parse("2026-06-01T00:00:00Z");

  private Fixtures() {}

  /**
   * {@code GET /analytics/graphs/cost}: a summary and {@code points} hourly buckets, UTC, with
   * fractional cents and an empty (zero) bucket every seventh hour, plus the envelope fields the
   * server adds.
   *
   * @param points the number of buckets (720 for 30 days hourly)
   * @return the UTF-8 body
   */
  public static byte[] costGraph(int points) {
    StringBuilder json = new StringBuilder(80 * points + 200);
    json.append("{\"summary\":{\"total\":").append(cents(points * 37L)).append(",\"avg\":12.75},");
    json.append("\"data_points\":[");
    for (int i = 0; i < points; i++) {
      if (i > 0) {
        json.append(',');
      }
      Instant bucket = FIRST_BUCKET.plus(Duration.ofHours(i));
      json.append("{\"timestamp\":\"").append(isoMillis(bucket)).append('"');
      if (i % 7 == 6) {
        json.append(",\"total\":0,\"avg\":0}");
      } else {
        json.append(",\"total\":").append(cents(i * 7919L % 250_000))
            .append(",\"avg\":").append(cents(i * 104_729L % 2_000)).append('}');
      }
    }
    json.append("],\"is_quota_exceeded\":false,\"object\":\"analytics-graph\"}");
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@code GET /analytics/groups/users}: one page of {@code rows} rows. The server sends the
   * numbers of these rows as strings.
   *
   * @param rows the rows on the page
   * @return the UTF-8 body
   */
  public static byte[] usersPage(int rows) {
    StringBuilder json = new StringBuilder(100 * rows + 100);
    json.append("{\"object\":\"list\",\"total\":\"").append(rows).append("\",\"data\":[");
    for (int i = 0; i < rows; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"user\":\"user-").append(String.format(Locale.ROOT, "%05d", i))
          .append("@example.com\",\"requests\":\"").append(1 + i * 37 % 5000)
          .append("\",\"cost\":\"").append(cents(i * 7919L % 900_000))
          .append("\",\"object\":\"analytics-group\"}");
    }
    json.append("],\"is_quota_exceeded\":false}");
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@code GET /virtual-keys}: one page of {@code size} keys of a listing of {@code total}. Every
   * page has the same keys; only the paging differs. Alternates a key with no budget and one with
   * a budget and two rate limits, as in the live fixture.
   *
   * @param size keys on the page
   * @param total keys in the whole listing
   * @return the UTF-8 body
   */
  public static byte[] virtualKeysPage(int size, long total) {
    StringBuilder json = new StringBuilder(900 * size + 100);
    json.append("{\"object\":\"list\",\"total\":").append(total).append(",\"data\":[");
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        json.append(',');
      }
      String n = String.format(Locale.ROOT, "%04d", i);
      json.append("{\"id\":\"fcb56634-53ed-46e6-8d28-aa6da322").append(n).append("\",")
          .append("\"organisation_id\":\"02dc3530-8fba-409d-9d39-9d90a345a0bf\",")
          .append("\"name\":\"key-").append(n).append("\",");
      if (i % 2 == 0) {
        json.append("\"note\":\"Created automatically on integration access grant\",")
            .append("\"status\":\"active\",\"usage_limits\":null,\"reset_usage\":null,")
            .append("\"created_at\":\"2026-02-23T22:35:50.000Z\",")
            .append("\"slug\":\"key-").append(n).append("\",")
            .append("\"workspace_id\":\"6e5a9f93-ae3a-46b4-a87d-2464d373ef7e\",")
            .append("\"model_config\":null,\"rate_limits\":null,\"expires_at\":null,")
            .append("\"last_reset_at\":null,\"integration_id\":\"google\",\"tags\":null,")
            .append("\"workspace_name\":\"Shared Team Workspace\",\"provider\":\"google\",")
            .append("\"object\":\"virtual-key\"}");
      } else {
        json.append("\"note\":null,\"status\":\"exhausted\",")
            .append("\"usage_limits\":{\"credit_limit\":250.75,\"type\":\"cost\",")
            .append("\"alert_threshold\":200,\"periodic_reset\":\"monthly\",")
            .append("\"periodic_reset_days\":null,")
            .append("\"next_usage_reset_at\":\"2026-03-01T00:00:00.000Z\"},")
            .append("\"reset_usage\":0,\"created_at\":\"2026-02-06T04:05:18.000Z\",")
            .append("\"slug\":\"key-").append(n).append("\",")
            .append("\"workspace_id\":\"6e5a9f93-ae3a-46b4-a87d-2464d373ef7e\",")
            .append("\"model_config\":{\"deploymentName\":\"gpt-4o\"},")
            .append("\"rate_limits\":[{\"type\":\"requests\",\"unit\":\"rpm\",\"value\":60},")
            .append("{\"type\":\"tokens\",\"unit\":\"rph\",\"value\":250000}],")
            .append("\"expires_at\":\"2026-12-31T00:00:00.000Z\",")
            .append("\"last_reset_at\":\"2026-02-01T00:00:00.000Z\",")
            .append("\"integration_id\":\"open-ai\",\"tags\":[\"prod\",\"billing\"],")
            .append("\"workspace_name\":\"Shared Team Workspace\",\"provider\":\"openai\",")
            .append("\"object\":\"virtual-key\"}");
      }
    }
    json.append("]}");
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** An amount in cents with up to four decimals, e.g. {@code 1234.5678}. */
  private static String cents(long tenThousandths) {
    long whole = tenThousandths / 10_000;
    long fraction = tenThousandths % 10_000;
    return fraction == 0 ? Long.toString(whole)
        : String.format(Locale.ROOT, "%d.%04d", whole, fraction);
  }

  /** {@code 2026-06-18T12:00:00.000Z}, as the server writes bucket starts. */
  private static String isoMillis(Instant instant) {
    String text = instant.toString();
    return text.substring(0, text.length() - 1) + ".000Z";
  }
}
