package io.github.portkeyadmin.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a model's {@code build()} throws when required attributes are not set: each named with
 * how to set it, in the form of every other validation message ({@code workspaceSlug is not set:
 * call workspaceSlug("ws-...") ...}), instead of Immutables' generic list. Immutables calls it
 * through {@link PortkeyStyle}'s {@code throwForInvalidImmutableState} with the missing names.
 */
public final class MissingAttributesException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How to set each required attribute of the query builders, by attribute name. */
  private static final Map<String, String> FIXES = Map.of(
      "workspaceSlug", "call workspaceSlug(\"ws-...\") with the slug shown in the Portkey app's"
          + " workspace settings: analytics require workspace_slug",
      "timeRange", "call timeRange(TimeRange.lastDays(30)) or timeRange(TimeRange.of(start, end)):"
          + " analytics require time_of_generation_min and time_of_generation_max");

  /**
   * Creates the exception; Immutables passes the names of the attributes not set.
   *
   * @param missing the attribute names, in declaration order
   */
  public MissingAttributesException(String... missing) {
    super(Arrays.stream(missing)
        .map(name -> name + " is not set: " + FIXES.getOrDefault(name, "it is required"))
        .collect(Collectors.joining("; ")));
  }
}
