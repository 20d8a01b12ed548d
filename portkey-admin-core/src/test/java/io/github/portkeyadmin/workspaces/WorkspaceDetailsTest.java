package io.github.portkeyadmin.workspaces;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.errors.NotFoundException;
import io.github.portkeyadmin.limits.UsageLimitType;
import io.github.portkeyadmin.support.ClientTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code GET /admin/workspaces/{workspaceId}}: one workspace with its members. */
class WorkspaceDetailsTest extends ClientTest {
  @Test
  void getSendsTheIdInThePath() throws Exception {
    serve("details-spec.json");

    client.workspaces().get("ws-test-a-174eb1");

    assertThat(onlyRequest().getTarget()).isEqualTo("/v1/admin/workspaces/ws-test-a-174eb1");
  }

  @Test
  void idWithReservedCharactersIsPercentEncodedIntoOneSegment() throws Exception {
    serve("details-spec.json");

    client.workspaces().get("team a/b");

    assertThat(onlyRequest().getTarget()).isEqualTo("/v1/admin/workspaces/team%20a%2Fb");
  }

  @Test
  void getDecodesSpecShapeWithMembersAndDefaults() {
    serve("details-spec.json");

    WorkspaceDetails workspace = client.workspaces().get("ws-test-a-174eb1");

    assertThat(workspace.name()).contains("New Workspace");
    assertThat(workspace.defaults().get().inputGuardrails()).containsExactly("pg-pii-1");
    assertThat(workspace.defaults().flatMap(WorkspaceDefaults::defaultWorkspace)).contains(false);
    assertThat(workspace.usageLimits().get(0).type().value()).isEqualTo(UsageLimitType.COST);
    WorkspaceMember member = workspace.users().get(0);
    assertThat(member.email()).contains("john.doe@example.com");
    assertThat(member.orgRole().value()).isEqualTo(OrganisationRole.ADMIN);
    assertThat(member.role().value()).isEqualTo(WorkspaceRole.ADMIN);
    assertThat(member.status().value()).isEqualTo(MemberStatus.ACTIVE);
    assertThat(member.scopes()).containsExactly("logs.view", "virtual_keys.list");
    assertThat(member.createdAt()).contains(Instant.parse("2026-03-09T07:55:25Z"));
  }

  @Test
  void getReadsLiveShapeWithNewRolesAndNulls() {
    serve("details-live.json");

    WorkspaceDetails workspace = client.workspaces().get("ws-shared-e2a85b");

    assertThat(workspace.defaultWorkspace()).contains(true);
    assertThat(workspace.defaults()).isEmpty();
    assertThat(workspace.usageLimits()).isEmpty();
    assertThat(workspace.status().value()).isEqualTo(WorkspaceStatus.ACTIVE);
    assertThat(workspace.createdAt()).contains(Instant.parse("2025-01-10T09:00:00Z"));
    WorkspaceMember member = workspace.users().get(0);
    assertThat(member.orgRole().isKnown()).isFalse();
    assertThat(member.orgRole().raw()).isEqualTo("billing_admin");
    assertThat(member.role().raw()).isEqualTo("viewer");
    assertThat(member.status().raw()).isEqualTo("invited");
    assertThat(member.lastName()).isEmpty();
    assertThat(member.scopes()).isEmpty();
  }

  @Test
  void unknownWorkspaceBecomesNotFoundException() {
    server.enqueue(json(404, "{\"success\":false,\"data\":{\"message\":\"Workspace not found\",\"errorCode\":\"AB08\"}}"));

    assertThatThrownBy(() -> client.workspaces().get("nope"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("GET /v1/admin/workspaces/nope failed with HTTP 404 (AB08)");
  }

  @Test
  void blankOrDotIdIsRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.workspaces().get(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("workspaceId must not be blank");
    assertThatThrownBy(() -> client.workspaces().getAsync(".."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workspaceId must be an id or slug, not \"..\"");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void getAsyncReturnsTheSameWorkspace() {
    serve("details-spec.json");

    assertThat(client.workspaces().getAsync("ws-test-a-174eb1").join().id())
        .isEqualTo("ws-test-a-174eb1");
  }
}
