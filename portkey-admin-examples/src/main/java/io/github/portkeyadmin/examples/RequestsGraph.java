package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.analytics.RequestAnalytics;
import io.github.portkeyadmin.analytics.RequestDataPoint;
import java.util.Comparator;
import java.util.List;

/**
 * Requests over the last 7 days, {@code client.analytics().requests(query)}: the total, one bar per
 * bucket, the peak and the quietest whole bucket.
 *
 * <pre>
 * mvn -q -pl portkey-admin-examples -am compile exec:java \
 *     -Dexec.mainClass=io.github.portkeyadmin.examples.RequestsGraph [-Dexec.args=--json]
 * </pre>
 */
public final class RequestsGraph {
  static final About ABOUT = new About("RequestsGraph",
      "How many requests did the workspace make over the last N days, and when was the peak?", 7, true, false, false);

  private RequestsGraph() {}

  /**
   * Runs the example against {@code PORTKEY_API_KEY}'s organisation, or demo data without it.
   *
   * @param args {@code --json} for JSON output
   */
  public static void main(String[] args) {
    Runner.main(args, ABOUT, RequestsGraph::run);
  }

  static void run(Session session) {
    RequestAnalytics requests = session.client().analytics()
        .requests(session.lastDays(session.days(7)).build());
    if (session.json()) {
      session.emit(requests);
      return;
    }
    List<RequestDataPoint> points = requests.dataPoints();
    session.out().printf("Requests, last %d days, workspace %s%n", session.days(7),
        session.workspaceSlug());
    session.out().printf("  total    %s requests%n", Text.count(requests.summary().total()));
    if (points.isEmpty()) {
      session.out().println("  no requests in this range");
      return;
    }
    boolean daily = Text.daily(points.stream().map(RequestDataPoint::timestamp).toList());
    session.out().printf("  %s  %s .. %s%n",
        Text.sparkline(points.stream().map(RequestDataPoint::total).toList(), session.unicode()),
        Text.bucket(points.get(0).timestamp(), daily),
        Text.bucket(points.get(points.size() - 1).timestamp(), daily));
    RequestDataPoint peak = points.stream().max(Comparator.comparingLong(RequestDataPoint::total))
        .orElseThrow();
    RequestDataPoint low = Text.whole(points).stream()
        .min(Comparator.comparingLong(RequestDataPoint::total)).orElseThrow();
    session.out().printf("  peak     %s  %s requests%n", Text.bucket(peak.timestamp(), daily),
        Text.count(peak.total()));
    session.out().printf("  quietest %s  %s requests%n", Text.bucket(low.timestamp(), daily),
        Text.count(low.total()));
    session.out().printf("  %d %s buckets%n", points.size(), daily ? "daily" : "hourly");
  }
}
