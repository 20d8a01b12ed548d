package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Schema.string;
import static io.github.portkeyadmin.mcp.Schema.type;

import io.github.portkeyadmin.logexports.LogExport;
import io.github.portkeyadmin.workspaces.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code list_log_exports}: the log exports of one workspace, or of every workspace. */
final class LogExportsTool {
  static final String NAME = "list_log_exports";

  private LogExportsTool() {}

  static ToolSpec spec(ToolContext context) {
    return new ToolSpec(NAME, "List Log Exports",
        "Log export jobs with status and requested fields, of one workspace or, without"
            + " workspace_id, of every workspace (one call here, several to Portkey).",
        Schema.properties()
            .add("workspace_id", string("Workspace UUID or slug; omit for all workspaces"))
            .addAll(Listing.arguments()).object(),
        Schema.properties()
            .add("workspaces_checked", type("integer"))
            .add("exports", Schema.arrayOf(Schema.properties()
                .add("id", type("string"))
                .add("workspace_id", type("string"))
                .add("status", type("string"))
                .add("description", type("string"))
                .add("requested_data", Schema.ordered("type", "array",
                    "items", type("string")))
                .add("created_at", type("string"))))
            .addAll(Listing.fields())
            .add("demo", type("boolean"))
            .openObject("exports", "has_more"),
        args -> run(context, args));
  }

  private static ToolOutput run(ToolContext context, Args args) {
    Optional<String> workspace = args.string("workspace_id").filter(id -> !id.isEmpty());
    List<LogExport> exports = new ArrayList<>();
    int checked = 0;
    if (workspace.isPresent()) {
      exports.addAll(context.client().logExports().list(workspace.get()));
      checked = 1;
    } else {
      for (Workspace each : WorkspacesTool.firstPage(context).autoPager()) {
        exports.addAll(context.client().logExports().list(each.id()));
        checked++;
      }
    }
    Listing listing = Listing.of(exports.iterator(), args, LogExportsTool::row);
    Map<String, Object> result = Listing.result();
    result.put("workspaces_checked", checked);
    listing.into(result, "exports");
    StringBuilder text = new StringBuilder(exports.size() + " log exports in " + checked
        + (checked == 1 ? " workspace; " : " workspaces; ") + listing.describe(NAME) + ".");
    listing.rows().stream().limit(10).forEach(row -> text.append("\n- ").append(row.get("id"))
        .append(": ").append(row.get("status")).append(", ")
        .append(row.getOrDefault("description", "no description")));
    return new ToolOutput(result, text.toString());
  }

  private static Map<String, Object> row(LogExport export) {
    Map<String, Object> row = Schema.ordered("id", export.id());
    export.workspaceId().ifPresent(id -> row.put("workspace_id", id));
    row.put("status", export.status().raw().isEmpty() ? "unknown" : export.status().raw());
    export.description().ifPresent(description -> row.put("description", description));
    row.put("requested_data", export.requestedData());
    export.createdAt().ifPresent(at -> row.put("created_at", at.toString()));
    return row;
  }
}
