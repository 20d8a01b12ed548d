package io.github.portkeyadmin.internal;

/** Checks of ids and slugs that go into a URL path. */
final class Ids {
  private Ids() {}

  /**
   * Requires a usable path id: not blank, not {@code .} or {@code ..}.
   *
   * @param id the id or slug
   * @param name the parameter's name
   * @return {@code id}
   * @throws IllegalArgumentException naming the parameter and the fix
   */
  static String require(String id, String name) {
    Checks.requireNonBlank(id, name, "pass the " + name + " as the Portkey app or a listing shows it");
    if (id.equals(".") || id.equals("..")) {
      throw new IllegalArgumentException(name + " must be an id or slug, not \"" + id + "\"");
    }
    return id;
  }
}
