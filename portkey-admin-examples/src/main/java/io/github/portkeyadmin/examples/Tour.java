package io.github.portkeyadmin.examples;

import java.io.IOException;
import java.util.List;

/**
 * Every example in turn: the eight calls of the SDK, then the three questions. Without {@code
 * PORTKEY_API_KEY} it runs against the embedded demo server, so from a clean clone:
 *
 * <pre>
 * mvn -q -pl portkey-admin-examples -am compile exec:java
 * </pre>
 *
 * <p>With {@code --json}, one JSON object keyed by example name in snake_case ({@code
 * spend_trends}); {@code --out FILE} writes it to a file; {@code --svg FILE} is passed to {@link
 * SpendTrends}.
 */
public final class Tour {
  static final About ABOUT = new About("Tour",
      "Every example in turn: the eight calls of the SDK, then the three questions.", 0, true, true, true);

  /** One stop of the tour. */
  record Stop(String name, String title, Example example) {}

  static final List<Stop> STOPS = List.of(
      new Stop("CostGraph", "spend over time, GET /analytics/graphs/cost", CostGraph::run),
      new Stop("RequestsGraph", "requests over time, GET /analytics/graphs/requests",
          RequestsGraph::run),
      new Stop("TokensGraph", "tokens over time, GET /analytics/graphs/tokens", TokensGraph::run),
      new Stop("UsersSummary", "per user, GET /analytics/groups/users", UsersSummary::run),
      new Stop("ModelsSummary", "per model, GET /analytics/groups/ai-models", ModelsSummary::run),
      new Stop("ListWorkspaces", "GET /admin/workspaces", ListWorkspaces::run),
      new Stop("ListVirtualKeys", "GET /virtual-keys", ListVirtualKeys::run),
      new Stop("ListLogExports", "GET /logs/exports", ListLogExports::run),
      new Stop("SpendTrends", "spend trends by model, last 30 days", SpendTrends::run),
      new Stop("UsageSpikes", "spikes and error rates, last 7 days", UsageSpikes::run),
      new Stop("KeyHealthReport", "virtual keys exhausted, expired or expiring",
          KeyHealthReport::run));

  private Tour() {}

  /**
   * Runs every example against {@code PORTKEY_API_KEY}'s organisation, or demo data without it.
   *
   * @param args {@code --json} for one JSON document, {@code --svg FILE} for the spend chart
   */
  public static void main(String[] args) {
    Runner.main(args, ABOUT, Tour::run);
  }

  static void run(Session session) throws IOException {
    if (session.json()) {
      session.collect();
    }
    int number = 0;
    for (Stop stop : STOPS) {
      number++;
      session.section(Json.snakeCase(stop.name()));
      if (!session.json()) {
        session.out().printf("%s== [%d/%d] %s: %s ==%n", number == 1 ? "" : "\n", number,
            STOPS.size(), stop.name(), stop.title());
      }
      stop.example().run(session);
    }
    session.flush();
  }
}
