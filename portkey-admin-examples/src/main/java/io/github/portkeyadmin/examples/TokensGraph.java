package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.analytics.TokenAnalytics;
import io.github.portkeyadmin.analytics.TokenDataPoint;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * Tokens over the last 7 days, {@code client.analytics().tokens(query)}: the total, the average per
 * request, one bar per bucket and the peak.
 *
 * <pre>
 * mvn -q -pl portkey-admin-examples -am compile exec:java \
 *     -Dexec.mainClass=io.github.portkeyadmin.examples.TokensGraph [-Dexec.args=--json]
 * </pre>
 */
public final class TokensGraph {
  static final About ABOUT = new About("TokensGraph",
      "How many tokens did the workspace use over the last N days, per request and at the peak?", 7, true, false, false);

  private TokensGraph() {}

  /**
   * Runs the example against {@code PORTKEY_API_KEY}'s organisation, or demo data without it.
   *
   * @param args {@code --json} for JSON output
   */
  public static void main(String[] args) {
    Runner.main(args, ABOUT, TokensGraph::run);
  }

  static void run(Session session) {
    TokenAnalytics tokens = session.client().analytics().tokens(session.lastDays(session.days(7)).build());
    if (session.json()) {
      session.emit(tokens);
      return;
    }
    List<TokenDataPoint> points = tokens.dataPoints();
    session.out().printf("Tokens, last %d days, workspace %s%n", session.days(7),
        session.workspaceSlug());
    session.out().printf("  total    %s tokens (%s per request on average)%n",
        Text.count(tokens.summary().total()),
        Text.count(tokens.summary().avg().setScale(0, RoundingMode.HALF_UP).longValue()));
    if (points.isEmpty()) {
      session.out().println("  no tokens in this range");
      return;
    }
    boolean daily = Text.daily(points.stream().map(TokenDataPoint::timestamp).toList());
    session.out().printf("  %s  %s .. %s%n",
        Text.sparkline(points.stream().map(TokenDataPoint::total).toList(), session.unicode()),
        Text.bucket(points.get(0).timestamp(), daily),
        Text.bucket(points.get(points.size() - 1).timestamp(), daily));
    TokenDataPoint peak = points.stream().max(Comparator.comparingLong(TokenDataPoint::total))
        .orElseThrow();
    session.out().printf("  peak     %s  %s tokens%n", Text.bucket(peak.timestamp(), daily),
        Text.count(peak.total()));
  }
}
