package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CountAnalytics;
import io.github.portkeyadmin.analytics.RequestAnalytics;
import io.github.portkeyadmin.analytics.TokenAnalytics;
import io.github.portkeyadmin.insights.BucketCheck;
import io.github.portkeyadmin.insights.SpikeDetector;
import io.github.portkeyadmin.insights.SpikeReport;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Show request and token usage for the last week and flag unusual spikes or error rates", using
 * {@link SpikeDetector}: the buckets that stand out (modified z-score above 3.5), and the error
 * rate per bucket, from the requests, errors and tokens graphs of the same query.
 *
 * <pre>
 * mvn -q -pl portkey-admin-examples -am compile exec:java \
 *     -Dexec.mainClass=io.github.portkeyadmin.examples.UsageSpikes [-Dexec.args=--json]
 * </pre>
 */
public final class UsageSpikes {
  static final About ABOUT = new About("UsageSpikes",
      "Were there unusual request or token spikes, or error rates, over the last N days?", 7, true, false, false);

  private UsageSpikes() {}

  /**
   * Runs the example against {@code PORTKEY_API_KEY}'s organisation, or demo data without it.
   *
   * @param args {@code --json} for JSON output
   */
  public static void main(String[] args) {
    Runner.main(args, ABOUT, UsageSpikes::run);
  }

  static void run(Session session) {
    int days = session.days(7);
    AnalyticsQuery query = session.lastDays(days).build();
    RequestAnalytics requests = session.client().analytics().requests(query);
    CountAnalytics errors = session.client().analytics().errors(query);
    TokenAnalytics tokens = session.client().analytics().tokens(query);
    SpikeDetector detector = SpikeDetector.defaults();
    SpikeReport requestReport = detector.requests(requests, errors);
    SpikeReport tokenReport = detector.tokens(tokens);
    if (session.json()) {
      Map<String, SpikeReport> reports = new LinkedHashMap<>();
      reports.put("requests", requestReport);
      reports.put("tokens", tokenReport);
      session.emit(reports);
      return;
    }

    PrintStream out = session.out();
    boolean daily = Text.daily(requestReport.buckets().stream().map(BucketCheck::timestamp)
        .toList());
    out.printf("Requests, last %d days, workspace %s: %s in %d %s buckets%n", days,
        session.workspaceSlug(), Text.count(requests.summary().total()),
        requestReport.buckets().size(), daily ? "daily" : "hourly");
    series(session, requestReport, "Requests", daily);
    out.printf("Error rates: %s errors%n", Text.count(errors.summary().total()));
    out.printf("  %s: %s%n", requestReport.errorRateStatus(), requestReport.errorRateReason());
    List<BucketCheck> rateSpikes = requestReport.errorRateSpikes();
    if (!rateSpikes.isEmpty()) {
      Table table = Table.of("Bucket", "Errors", "Requests", "Rate").right(1, 2, 3).indent(2);
      for (BucketCheck bucket : rateSpikes) {
        table.row(Text.bucket(bucket.timestamp(), daily),
            Text.count(bucket.errors().orElse(0)), Text.count(bucket.value()),
            Text.percent(bucket.errorRatePercent().orElse(0)));
      }
      table.print(out);
    }
    out.println();
    out.printf("Tokens, last %d days: %s%n", days, Text.count(tokens.summary().total()));
    series(session, tokenReport, "Tokens", daily);
  }

  private static void series(Session session, SpikeReport report, String noun, boolean daily) {
    PrintStream out = session.out();
    out.println("  " + Text.sparkline(report.buckets().stream().map(BucketCheck::value).toList(),
        session.unicode()));
    out.printf("  %s: %s%n", report.status(), report.reason());
    if (!report.spikes().isEmpty()) {
      Table table = Table.of("Bucket", noun, "Median", "Score").right(1, 2, 3).indent(2);
      for (BucketCheck bucket : report.spikes()) {
        table.row(Text.bucket(bucket.timestamp(), daily), Text.count(bucket.value()),
            Text.count(Math.round(report.median())),
            String.format(Locale.ROOT, "%.1f", bucket.score()));
      }
      table.print(out);
    }
  }
}
