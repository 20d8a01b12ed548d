package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.logexports.LogExport;
import java.util.List;

/**
 * The log export jobs, {@code client.logExports().list()}: status, description, records, creation.
 *
 * <pre>
 * mvn -q -pl portkey-admin-examples -am compile exec:java \
 *     -Dexec.mainClass=io.github.portkeyadmin.examples.ListLogExports [-Dexec.args=--json]
 * </pre>
 */
public final class ListLogExports {
  static final About ABOUT = new About("ListLogExports",
      "Which log export jobs exist, and in which state?", 0, false, false, false);

  private ListLogExports() {}

  /**
   * Runs the example against {@code PORTKEY_API_KEY}'s organisation, or demo data without it.
   *
   * @param args {@code --json} for JSON output
   */
  public static void main(String[] args) {
    Runner.main(args, ABOUT, ListLogExports::run);
  }

  static void run(Session session) {
    List<LogExport> exports = session.client().logExports().list();
    if (session.json()) {
      session.emit(exports);
      return;
    }
    session.out().printf("Log exports: %d%n", exports.size());
    Table table = Table.of("ID", "Status", "Records", "Created", "Description").right(2);
    for (LogExport export : exports) {
      table.row(export.id().substring(0, Math.min(8, export.id().length())),
          export.status().raw().isEmpty() ? null : export.status().raw(),
          export.totalRecords().isPresent() ? Text.count(export.totalRecords().getAsLong()) : null,
          export.createdAt().map(Text::date).orElse(null), export.description().orElse(null));
    }
    table.print(session.out());
  }
}
