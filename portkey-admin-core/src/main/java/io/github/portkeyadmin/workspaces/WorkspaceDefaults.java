package io.github.portkeyadmin.workspaces;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.internal.AllowNulls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code defaults} object of a workspace as the spec describes it. Lists default to empty. */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkspaceDefaults.class)
@JsonDeserialize(as = ImmutableWorkspaceDefaults.class)
public interface WorkspaceDefaults {
  /**
   * Metadata Portkey adds to every request of the workspace.
   *
   * @return key to value, empty if none
   */
  @JsonProperty("metadata")
  @AllowNulls
  Map<String, Object> metadata();

  /**
   * Whether this is the organisation's default workspace, where the spec puts the flag (the
   * server sends 0 or 1). The live server sends it at the top level instead: see {@link
   * Workspace#defaultWorkspace()}.
   *
   * @return the flag, or empty
   */
  @JsonProperty("is_default")
  Optional<Boolean> defaultWorkspace();

  /**
   * Guardrails applied to the workspace's requests (sent by the single-workspace call).
   *
   * @return guardrail ids, empty if none
   */
  @JsonProperty("input_guardrails")
  List<String> inputGuardrails();

  /**
   * Guardrails applied to the workspace's responses (sent by the single-workspace call).
   *
   * @return guardrail ids, empty if none
   */
  @JsonProperty("output_guardrails")
  List<String> outputGuardrails();
}
