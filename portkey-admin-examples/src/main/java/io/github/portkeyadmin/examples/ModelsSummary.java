package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.analytics.ModelAnalytics;
import java.util.List;

/**
 * Requests and spend per model over the last 30 days, {@code client.analytics().models(query)},
 * every page. The spec declares no cost on these rows; the live server sends one, shown where
 * present.
 *
 * <pre>
 * mvn -q -pl portkey-admin-examples -am compile exec:java \
 *     -Dexec.mainClass=io.github.portkeyadmin.examples.ModelsSummary [-Dexec.args=--json]
 * </pre>
 */
public final class ModelsSummary {
  static final About ABOUT = new About("ModelsSummary",
      "Which models took the requests and the spend over the last N days?", 30, true, true, false);

  private ModelsSummary() {}

  /**
   * Runs the example against {@code PORTKEY_API_KEY}'s organisation, or demo data without it.
   *
   * @param args {@code --json} for JSON output, {@code --page-size N}
   */
  public static void main(String[] args) {
    Runner.main(args, ABOUT, ModelsSummary::run);
  }

  static void run(Session session) {
    List<ModelAnalytics> models = session.all("models", session.client().analytics()
        .models(session.lastDays(session.days(30)).pageSize(session.pageSize()).build()));
    if (session.json()) {
      session.emit(models);
      return;
    }
    session.out().printf("Models, last %d days, workspace %s%n", session.days(30),
        session.workspaceSlug());
    Table table = Table.of("Model", "Requests", "Spend").right(1, 2);
    for (ModelAnalytics model : models) {
      table.row(model.aiModel().orElse("(unknown)"),
          Text.count(model.requests()), model.costDollars().map(Text::dollars).orElse(null));
    }
    table.print(session.out());
  }
}
