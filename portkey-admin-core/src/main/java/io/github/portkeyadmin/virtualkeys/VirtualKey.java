package io.github.portkeyadmin.virtualkeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.OpenEnum;
import io.github.portkeyadmin.limits.RateLimit;
import io.github.portkeyadmin.limits.UsageLimits;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A virtual key: a provider credential stored in Portkey, with its budget, rate limits and expiry.
 * The credential itself is never returned by the API.
 *
 * <p>Only {@link #slug()} is required; every other field may be absent or {@code null} on the
 * wire, which reads as empty.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVirtualKey.class)
@JsonDeserialize(as = ImmutableVirtualKey.class)
public interface VirtualKey {
  /**
   * The slug, which identifies the key in the Portkey gateway and in analytics filters.
   *
   * @return the slug
   */
  @JsonProperty("slug")
  String slug();

  /**
   * The key's UUID (sent by the live server, not declared by the spec).
   *
   * @return the id, or empty
   */
  @JsonProperty("id")
  Optional<String> id();

  /**
   * The display name.
   *
   * @return the name, or empty
   */
  @JsonProperty("name")
  Optional<String> name();

  /**
   * The free-text note.
   *
   * @return the note, or empty
   */
  @JsonProperty("note")
  Optional<String> note();

  /**
   * The status. {@code UNKNOWN} with an empty raw value when absent.
   *
   * @return active, exhausted, expired, or a value the server added later
   */
  @JsonProperty("status")
  @Value.Default
  default OpenEnum<VirtualKeyStatus> status() {
    return OpenEnum.absent(VirtualKeyStatus.class);
  }

  /**
   * The budget. A cost budget is in US dollars.
   *
   * @return the budget, or empty if none is set
   */
  @JsonProperty("usage_limits")
  Optional<UsageLimits> usageLimits();

  /**
   * The rate limits.
   *
   * @return the limits, empty if none
   */
  @JsonProperty("rate_limits")
  List<RateLimit> rateLimits();

  /**
   * When the key expires.
   *
   * @return the expiry, or empty for a key that does not expire
   */
  @JsonProperty("expires_at")
  Optional<Instant> expiresAt();

  /**
   * When the key was created.
   *
   * @return the creation time, or empty
   */
  @JsonProperty("created_at")
  Optional<Instant> createdAt();

  /**
   * The undocumented {@code reset_usage} number Portkey returns.
   *
   * @return the value, or empty
   */
  @JsonProperty("reset_usage")
  Optional<BigDecimal> resetUsage();

  /**
   * The UUID of the workspace the key belongs to.
   *
   * @return the workspace id, or empty
   */
  @JsonProperty("workspace_id")
  Optional<String> workspaceId();

  /**
   * The AI provider, e.g. {@code openai}.
   *
   * @return the provider, or empty
   */
  @JsonProperty("provider")
  Optional<String> provider();
}
