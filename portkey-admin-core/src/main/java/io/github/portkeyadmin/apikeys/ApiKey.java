package io.github.portkeyadmin.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.OpenEnum;
import io.github.portkeyadmin.limits.RateLimit;
import io.github.portkeyadmin.limits.UsageLimits;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An API key of the organisation or a workspace ({@code GET /api-keys}). The key itself is masked by
 * the server ({@code Xk*******S4}) and is left out of {@code toString()} all the same.
 *
 * <p>Every field may be absent. A cost budget in {@link #usageLimits()} is in US dollars.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApiKey.class)
@JsonDeserialize(as = ImmutableApiKey.class)
public interface ApiKey {
  /**
   * The key's UUID.
   *
   * @return the id, or empty
   */
  @JsonProperty("id")
  Optional<String> id();

  /**
   * The key as the server shows it: masked, never the secret.
   *
   * @return the masked key, or empty
   */
  @JsonProperty("key")
  @Value.Redacted
  Optional<String> maskedKey();

  /**
   * The display name.
   *
   * @return the name, or empty
   */
  @JsonProperty("name")
  Optional<String> name();

  /**
   * The description.
   *
   * @return the description, or empty
   */
  @JsonProperty("description")
  Optional<String> description();

  /**
   * What the key belongs to. {@code UNKNOWN} with an empty raw value when absent.
   *
   * @return organisation service, workspace service, workspace user, or a value added later
   */
  @JsonProperty("type")
  @Value.Default
  default OpenEnum<ApiKeyType> type() {
    return OpenEnum.absent(ApiKeyType.class);
  }

  /**
   * The status. {@code UNKNOWN} with an empty raw value when absent.
   *
   * @return active, exhausted, expired, or a value added later
   */
  @JsonProperty("status")
  @Value.Default
  default OpenEnum<ApiKeyStatus> status() {
    return OpenEnum.absent(ApiKeyStatus.class);
  }

  /**
   * The organisation's UUID.
   *
   * @return the id, or empty
   */
  @JsonProperty("organisation_id")
  Optional<String> organisationId();

  /**
   * The workspace the key belongs to, for workspace keys.
   *
   * @return the workspace id or slug, or empty
   */
  @JsonProperty("workspace_id")
  Optional<String> workspaceId();

  /**
   * The user a workspace-user key belongs to.
   *
   * @return the id, or empty
   */
  @JsonProperty("user_id")
  Optional<String> userId();

  /**
   * The permission scopes, e.g. {@code analytics.view}.
   *
   * @return the scopes, empty if none
   */
  @JsonProperty("scopes")
  List<String> scopes();

  /**
   * The budget. A cost budget is in US dollars.
   *
   * @return the budget, or empty
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
   * How the key was made: {@code ui}, {@code api} or {@code auto}.
   *
   * @return the mode, or empty
   */
  @JsonProperty("creation_mode")
  Optional<String> creationMode();

  /**
   * When the key was created.
   *
   * @return the time, or empty
   */
  @JsonProperty("created_at")
  Optional<Instant> createdAt();

  /**
   * When the key last changed.
   *
   * @return the time, or empty
   */
  @JsonProperty("last_updated_at")
  Optional<Instant> lastUpdatedAt();

  /**
   * When the key expires.
   *
   * @return the expiry, or empty for a key that does not expire
   */
  @JsonProperty("expires_at")
  Optional<Instant> expiresAt();
}
