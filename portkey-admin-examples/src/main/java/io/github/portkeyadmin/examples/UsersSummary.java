package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.analytics.UserAnalytics;
import java.math.BigDecimal;
import java.util.List;

/**
 * Requests and spend per user over the last 30 days, {@code client.analytics().users(query)}, every
 * page.
 *
 * <pre>
 * mvn -q -pl portkey-admin-examples -am compile exec:java \
 *     -Dexec.mainClass=io.github.portkeyadmin.examples.UsersSummary [-Dexec.args=--json]
 * </pre>
 */
public final class UsersSummary {
  static final About ABOUT = new About("UsersSummary",
      "Who made the requests and the spend over the last N days?", 30, true, true, false);

  private UsersSummary() {}

  /**
   * Runs the example against {@code PORTKEY_API_KEY}'s organisation, or demo data without it.
   *
   * @param args {@code --json} for JSON output, {@code --page-size N}
   */
  public static void main(String[] args) {
    Runner.main(args, ABOUT, UsersSummary::run);
  }

  static void run(Session session) {
    List<UserAnalytics> users = session.all("users", session.client().analytics()
        .users(session.lastDays(session.days(30)).pageSize(session.pageSize()).build()));
    if (session.json()) {
      session.emit(users);
      return;
    }
    session.out().printf("Users, last %d days, workspace %s%n", session.days(30),
        session.workspaceSlug());
    Table table = Table.of("User", "Requests", "Spend").right(1, 2);
    long requests = 0;
    BigDecimal cents = BigDecimal.ZERO;
    for (UserAnalytics user : users) {
      table.row(user.user().orElse("(no user)"), Text.count(user.requests()),
          Text.dollars(user.costDollars()));
      requests += user.requests();
      cents = cents.add(user.cost());
    }
    table.row("total", Text.count(requests), Text.centsAsDollars(cents));
    table.print(session.out());
  }
}
