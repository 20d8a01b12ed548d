package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.CostDataPoint;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * Spend over the last 30 days, {@code client.analytics().cost(query)}: the total in dollars, one
 * bar per day, the busiest and quietest whole day, and the last seven days.
 *
 * <pre>
 * mvn -q -pl portkey-admin-examples -am compile exec:java \
 *     -Dexec.mainClass=io.github.portkeyadmin.examples.CostGraph [-Dexec.args=--json]
 * </pre>
 */
public final class CostGraph {
  static final About ABOUT = new About("CostGraph",
      "How much did the workspace spend over the last N days, and on which days?", 30, true, false, false);

  private CostGraph() {}

  /**
   * Runs the example against {@code PORTKEY_API_KEY}'s organisation, or demo data without it.
   *
   * @param args {@code --json} for JSON output
   */
  public static void main(String[] args) {
    Runner.main(args, ABOUT, CostGraph::run);
  }

  static void run(Session session) {
    int days = session.days(30);
    CostAnalytics cost = session.client().analytics().cost(session.lastDays(days).build());
    if (session.json()) {
      session.emit(cost);
      return;
    }
    PrintStream out = session.out();
    List<CostDataPoint> points = cost.dataPoints();
    out.printf("Spend, last %d days, workspace %s%n", days, session.workspaceSlug());
    out.printf("  total    %s  (%s cents per request on average)%n",
        Text.dollars(cost.summary().totalDollars()),
        cost.summary().avg().setScale(2, RoundingMode.HALF_UP).toPlainString());
    if (points.isEmpty()) {
      out.println("  no spend in this range");
      return;
    }
    boolean daily = Text.daily(points.stream().map(CostDataPoint::timestamp).toList());
    out.printf("  per %s  %s  %s .. %s%n", daily ? "day" : "hour",
        Text.sparkline(points.stream().map(CostDataPoint::total).toList(), session.unicode()),
        Text.bucket(points.get(0).timestamp(), daily),
        Text.bucket(points.get(points.size() - 1).timestamp(), daily));
    List<CostDataPoint> whole = Text.whole(points);
    CostDataPoint busiest = whole.stream().max(Comparator.comparing(CostDataPoint::total))
        .orElseThrow();
    CostDataPoint quietest = whole.stream().min(Comparator.comparing(CostDataPoint::total))
        .orElseThrow();
    out.printf("  busiest  %s  %s%n", Text.bucket(busiest.timestamp(), daily),
        Text.dollars(busiest.totalDollars()));
    out.printf("  quietest %s  %s%n", Text.bucket(quietest.timestamp(), daily),
        Text.dollars(quietest.totalDollars()));
    out.println();
    Table table = Table.of(daily ? "Day" : "Hour", "Spend", "Cents/request").right(1, 2);
    for (CostDataPoint point : points.subList(Math.max(0, points.size() - 7), points.size())) {
      table.row(Text.bucket(point.timestamp(), daily), Text.dollars(point.totalDollars()),
          point.avg().setScale(2, RoundingMode.HALF_UP).toPlainString());
    }
    table.print(out);
  }
}
