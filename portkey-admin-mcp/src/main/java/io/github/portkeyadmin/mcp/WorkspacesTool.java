package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Schema.type;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.workspaces.Workspace;
import io.github.portkeyadmin.workspaces.WorkspaceQuery;
import java.util.Map;

/** {@code list_workspaces}: id, slug, name and status of every workspace. */
final class WorkspacesTool {
  static final String NAME = "list_workspaces";
  static final int PAGE_SIZE = 100;

  private WorkspacesTool() {}

  static ToolSpec spec(ToolContext context) {
    return new ToolSpec(NAME, "List Workspaces",
        "The organisation's workspaces: id, slug (what workspace_slug takes), name, status."
            + " Needs an organisation Admin API key.",
        Listing.arguments().object(),
        Schema.properties()
            .add("total_workspaces", type("integer"))
            .add("workspaces", Schema.arrayOf(Schema.properties()
                .add("id", type("string"))
                .add("slug", type("string"))
                .add("name", type("string"))
                .add("status", type("string"))))
            .addAll(Listing.fields())
            .add("demo", type("boolean"))
            .openObject("workspaces", "has_more"),
        args -> run(context, args));
  }

  static Page<Workspace> firstPage(ToolContext context) {
    return context.client().workspaces().list(WorkspaceQuery.builder().pageSize(PAGE_SIZE).build());
  }

  private static ToolOutput run(ToolContext context, Args args) {
    Page<Workspace> first = firstPage(context);
    Listing listing = Listing.of(first.autoPager().iterator(), args, WorkspacesTool::row);
    Map<String, Object> result = Listing.result();
    result.put("total_workspaces", first.total());
    listing.into(result, "workspaces");
    StringBuilder text = new StringBuilder(first.total() + " workspaces; "
        + listing.describe(NAME) + ".");
    listing.rows().stream().limit(10).forEach(row -> text.append("\n- ")
        .append(row.getOrDefault("slug", row.get("id"))).append(": ")
        .append(row.getOrDefault("name", "")).append(" (").append(row.get("status")).append(')'));
    return new ToolOutput(result, text.toString());
  }

  private static Map<String, Object> row(Workspace workspace) {
    Map<String, Object> row = Schema.ordered("id", workspace.id());
    workspace.slug().ifPresent(slug -> row.put("slug", slug));
    workspace.name().ifPresent(name -> row.put("name", name));
    row.put("status", workspace.status().raw().isEmpty() ? "unknown" : workspace.status().raw());
    return row;
  }
}
