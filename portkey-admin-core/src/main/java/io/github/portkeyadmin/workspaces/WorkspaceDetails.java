package io.github.portkeyadmin.workspaces;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * One workspace with its members ({@code GET /admin/workspaces/{workspaceId}}): everything a
 * {@link Workspace} has, plus {@link #users()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkspaceDetails.class)
@JsonDeserialize(as = ImmutableWorkspaceDetails.class)
@SuppressWarnings("immutables:subtype") // the single-workspace answer is the listing row plus users
public interface WorkspaceDetails extends Workspace {
  /**
   * The workspace's members.
   *
   * @return the members, empty if none were sent
   */
  @JsonProperty("users")
  List<WorkspaceMember> users();
}
