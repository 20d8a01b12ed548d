package io.github.portkeyadmin.mcp;

import org.jspecify.annotations.Nullable;

/** Removes the API key from anything the server is about to say, should a server echo it. */
final class Redactor {
  static final String REDACTED = "[redacted]";
  private final @Nullable String secret;

  Redactor(@Nullable String secret) {
    this.secret = secret == null || secret.isBlank() ? null : secret.strip();
  }

  String redact(String text) {
    return secret == null ? text : text.replace(secret, REDACTED);
  }

  boolean leaks(String text) {
    return secret != null && text.contains(secret);
  }
}
