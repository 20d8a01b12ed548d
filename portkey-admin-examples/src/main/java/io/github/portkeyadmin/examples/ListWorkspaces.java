package io.github.portkeyadmin.examples;

import io.github.portkeyadmin.workspaces.Workspace;
import io.github.portkeyadmin.workspaces.WorkspaceQuery;
import java.util.List;

/**
 * The organisation's workspaces, {@code client.workspaces().list(query)}, every page, with their
 * budgets (cost budgets are in US dollars).
 *
 * <pre>
 * mvn -q -pl portkey-admin-examples -am compile exec:java \
 *     -Dexec.mainClass=io.github.portkeyadmin.examples.ListWorkspaces [-Dexec.args=--json]
 * </pre>
 */
public final class ListWorkspaces {
  static final About ABOUT = new About("ListWorkspaces",
      "Which workspaces does the organisation have, with their status and budgets?", 0, false, true, false);

  private ListWorkspaces() {}

  /**
   * Runs the example against {@code PORTKEY_API_KEY}'s organisation, or demo data without it.
   *
   * @param args {@code --json} for JSON output, {@code --page-size N}
   */
  public static void main(String[] args) {
    Runner.main(args, ABOUT, ListWorkspaces::run);
  }

  static void run(Session session) {
    List<Workspace> workspaces = session.all("workspaces", session.client().workspaces()
        .list(WorkspaceQuery.builder().pageSize(session.pageSize()).build()));
    if (session.json()) {
      session.emit(workspaces);
      return;
    }
    session.out().printf("Workspaces: %d%n", workspaces.size());
    Table table = Table.of("Slug", "Name", "Status", "Default", "Created", "Budget");
    for (Workspace workspace : workspaces) {
      boolean isDefault = workspace.defaultWorkspace()
          .or(() -> workspace.defaults().flatMap(d -> d.defaultWorkspace())).orElse(false);
      table.row(workspace.slug().orElse(workspace.id()), workspace.name().orElse(null),
          workspace.status().raw(), isDefault ? "yes" : "",
          workspace.createdAt().map(Text::date).orElse(null),
          workspace.usageLimits().stream().map(Text::budget).filter(b -> b != null).findFirst()
              .orElse(null));
    }
    table.print(session.out());
  }
}
