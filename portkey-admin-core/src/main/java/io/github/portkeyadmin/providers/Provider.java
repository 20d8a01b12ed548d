package io.github.portkeyadmin.providers;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A provider: Portkey's successor to the virtual key, with the same slug, budget, rate limits,
 * status (including {@code expired}) and expiry, plus the integration it draws credentials from.
 * Being a {@link VirtualKey}, it works wherever one does.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvider.class)
@JsonDeserialize(as = ImmutableProvider.class)
@SuppressWarnings("immutables:subtype") // a provider is a virtual key with one more field
public interface Provider extends VirtualKey {
  /**
   * The integration whose credentials the provider uses.
   *
   * @return the integration id, or empty
   */
  @JsonProperty("integration_id")
  Optional<String> integrationId();
}
