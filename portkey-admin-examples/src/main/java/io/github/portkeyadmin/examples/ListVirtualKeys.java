package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.virtualkeys.VirtualKey;
import java.util.List;

/**
 * The virtual keys, {@code client.virtualKeys().list(page, pageSize)}, every page, with status,
 * budget (cost budgets are in US dollars) and expiry. Statuses the SDK does not know are shown as
 * the server sent them.
 *
 * <pre>
 * mvn -q -pl portkey-admin-examples -am compile exec:java \
 *     -Dexec.mainClass=io.github.portkeyadmin.examples.ListVirtualKeys [-Dexec.args=--json]
 * </pre>
 */
public final class ListVirtualKeys {
  static final About ABOUT = new About("ListVirtualKeys",
      "Which virtual keys exist, with their provider, status, budget and expiry?", 0, false, true, false);

  private ListVirtualKeys() {}

  /**
   * Runs the example against {@code PORTKEY_API_KEY}'s organisation, or demo data without it.
   *
   * @param args {@code --json} for JSON output, {@code --page-size N}
   */
  public static void main(String[] args) {
    Runner.main(args, ABOUT, ListVirtualKeys::run);
  }

  static void run(Session session) {
    List<VirtualKey> keys = session.all("virtual keys",
        session.client().virtualKeys().list(0, session.pageSize()));
    if (session.json()) {
      session.emit(keys);
      return;
    }
    session.out().printf("Virtual keys: %d%n", keys.size());
    Table table = Table.of("Slug", "Provider", "Status", "Budget", "Expires");
    for (VirtualKey key : keys) {
      table.row(key.slug(), key.provider().orElse(null),
          key.status().raw() + (key.status().isKnown() ? "" : " (unknown)"),
          key.usageLimits().map(Text::budget).orElse(null),
          key.expiresAt().map(Text::date).orElse("never"));
    }
    table.print(session.out());
  }
}
