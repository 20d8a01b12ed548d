package io.github.portkeyadmin.logexports;

import java.net.URI;
import java.util.Objects;

/**
 * A pre-signed URL to download an export: a secret, since anyone holding it can read the logs until
 * it expires. {@link #toString()} never shows it, and the SDK never logs it; read it only where you
 * fetch it with {@link #uri()}.
 */
public final class SignedUrl {
  private final URI uri;

  private SignedUrl(URI uri) {
    this.uri = uri;
  }

  /**
   * Wraps a URL.
   *
   * @param uri the signed URL
   * @return the value
   */
  public static SignedUrl of(URI uri) {
    return new SignedUrl(Objects.requireNonNull(uri, "uri == null"));
  }

  /**
   * The URL to fetch the export from (a JSON Lines file).
   *
   * @return the signed URL
   */
  public URI uri() {
    return uri;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedUrl that && uri.equals(that.uri);
  }

  @Override
  public int hashCode() {
    return uri.hashCode();
  }

  /** Shows the host only, e.g. {@code SignedUrl{host=bucket.s3.amazonaws.com, [redacted]}}. */
  @Override
  public String toString() {
    return "SignedUrl{host=" + uri.getHost() + ", [redacted]}";
  }
}
