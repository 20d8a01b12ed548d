package io.github.portkeyadmin.testing;

/**
 * A member of the workspaces of an {@link Organisation}, as {@code GET
 * /admin/workspaces/{workspaceId}} lists them.
 *
 * @param id the user's UUID
 * @param firstName first name
 * @param lastName last name
 * @param email e-mail address
 * @param orgRole {@code owner}, {@code admin} or {@code member}
 * @param role the workspace role: {@code admin}, {@code manager} or {@code member}
 */
public record FakeMember(String id, String firstName, String lastName, String email,
    String orgRole, String role) {}
