package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.insights.KeyHealth;
import io.github.portkeyadmin.insights.KeyHealthCheck;
import io.github.portkeyadmin.insights.KeyUsage;
import io.github.portkeyadmin.insights.KeyVerdict;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "List my virtual keys and flag any that are exhausted or close to expiry", using {@link
 * KeyHealthCheck}: one verdict with a reason per key, most urgent first. Portkey reports no usage
 * on keys, so for keys with a budget the usage since the budget's last reset is measured with
 * analytics filtered on the key (cost in cents for a dollar budget, tokens for a token budget);
 * a key at its alert threshold (or 80% of its limit) is NEAR_LIMIT.
 *
 * <pre>
 * mvn -q -pl portkey-admin-examples -am compile exec:java \
 *     -Dexec.mainClass=io.github.portkeyadmin.examples.KeyHealthReport [-Dexec.args=--json]
 * </pre>
 */
public final class KeyHealthReport {
  static final About ABOUT = new About("KeyHealthReport",
      "Which virtual keys are exhausted, expired, expiring or near their budget?", 0, true, true, false);

  private KeyHealthReport() {}

  /**
   * Runs the example against {@code PORTKEY_API_KEY}'s organisation, or demo data without it.
   *
   * @param args {@code --json} for JSON output, {@code --page-size N}
   */
  public static void main(String[] args) {
    Runner.main(args, ABOUT, KeyHealthReport::run);
  }

  static void run(Session session) {
    List<VirtualKey> keys = session.all("virtual keys",
        session.client().virtualKeys().list(0, session.pageSize()));
    KeyHealthCheck check = KeyHealthCheck.at(session.clock());
    Map<String, KeyUsage> usage = new HashMap<>();
    for (VirtualKey key : keys) {
      // Usage can only change the verdict of a key that is otherwise healthy.
      if (check.check(key).verdict() == KeyVerdict.HEALTHY) {
        check.measureUsage(key, session.workspaceSlug(), session.client().analytics()).ifPresent(used -> usage.put(key.slug(), used));
      }
    }
    List<KeyHealth> verdicts = check.checkAll(keys, usage);
    if (session.json()) {
      session.emit(verdicts);
      return;
    }
    long attention = verdicts.stream().filter(KeyHealth::needsAttention).count();
    session.out().printf("Virtual keys: %d, %d need attention (usage measured for %d keys with "
        + "budgets)%n", verdicts.size(), attention, usage.size());
    Table table = Table.of("Verdict", "Key", "Reason");
    for (KeyHealth health : verdicts) {
      table.row(health.verdict(), health.key().slug(), health.reason());
    }
    table.print(session.out());
  }
}
