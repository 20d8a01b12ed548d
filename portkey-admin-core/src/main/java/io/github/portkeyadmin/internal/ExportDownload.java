package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The {@code {"signed_url": "..."}} answer of an export download. Its {@code toString()} hides the
 * URL, which is a secret.
 *
 * @param signedUrl the pre-signed URL, or {@code null} if the server sent none
 */
record ExportDownload(@JsonProperty("signed_url") @Nullable String signedUrl) {
  @Override
  public String toString() {
    return "ExportDownload[redacted]";
  }
}
