package io.github.portkeyadmin.workspaces;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.OpenEnum;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A user of a workspace, as listed by {@code GET /admin/workspaces/{workspaceId}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkspaceMember.class)
@JsonDeserialize(as = ImmutableWorkspaceMember.class)
public interface WorkspaceMember {
  /**
   * The user's UUID.
   *
   * @return the id, or empty
   */
  @JsonProperty("id")
  Optional<String> id();

  /**
   * First name.
   *
   * @return the name, or empty
   */
  @JsonProperty("first_name")
  Optional<String> firstName();

  /**
   * Last name.
   *
   * @return the name, or empty
   */
  @JsonProperty("last_name")
  Optional<String> lastName();

  /**
   * Email address.
   *
   * @return the address, or empty
   */
  @JsonProperty("email")
  Optional<String> email();

  /**
   * Role in the organisation. {@code UNKNOWN} with an empty raw value when absent.
   *
   * @return owner, admin, member, or a value added later
   */
  @JsonProperty("org_role")
  @Value.Default
  default OpenEnum<OrganisationRole> orgRole() {
    return OpenEnum.absent(OrganisationRole.class);
  }

  /**
   * Role in the workspace. {@code UNKNOWN} with an empty raw value when absent.
   *
   * @return admin, manager, member, or a value added later
   */
  @JsonProperty("role")
  @Value.Default
  default OpenEnum<WorkspaceRole> role() {
    return OpenEnum.absent(WorkspaceRole.class);
  }

  /**
   * Membership status. {@code UNKNOWN} with an empty raw value when absent.
   *
   * @return active, or a value added later
   */
  @JsonProperty("status")
  @Value.Default
  default OpenEnum<MemberStatus> status() {
    return OpenEnum.absent(MemberStatus.class);
  }

  /**
   * The workspace's UUID.
   *
   * @return the id, or empty
   */
  @JsonProperty("workspace_id")
  Optional<String> workspaceId();

  /**
   * The member's permission scopes, e.g. {@code logs.view}.
   *
   * @return the scopes, empty if none
   */
  @JsonProperty("scopes")
  List<String> scopes();

  /**
   * When the user joined the workspace.
   *
   * @return the time, or empty
   */
  @JsonProperty("created_at")
  Optional<Instant> createdAt();

  /**
   * When the membership last changed.
   *
   * @return the time, or empty
   */
  @JsonProperty("last_updated_at")
  Optional<Instant> lastUpdatedAt();
}
