package io.github.portkeyadmin.spring;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.errors.InvalidApiKeyException;
import io.github.portkeyadmin.errors.PortkeyApiException;
import io.github.portkeyadmin.errors.PortkeyException;
import io.github.portkeyadmin.errors.WorkspaceScopedKeyException;
import io.github.portkeyadmin.workspaces.WorkspaceQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the configured key works and is an organisation Admin key, checked by listing one
 * workspace ({@code GET /admin/workspaces?page_size=1}, no retries, 10 s timeout):
 *
 * <ul>
 *   <li>200: {@code UP}, {@code organisationAdminKey=true};
 *   <li>403 ({@code AB03}): {@code UP}, {@code organisationAdminKey=false}: the key works but is
 *       workspace-scoped or lacks {@code workspaces.list}, so organisation-wide calls will fail;
 *   <li>401: {@code DOWN}, the key is wrong, revoked or expired;
 *   <li>anything else: {@code DOWN} with the exception's type and message (never the key).
 * </ul>
 *
 * <p>A result is reused for {@code portkey.admin.health.cache-ttl} (5 min by default), and
 * concurrent probes share one check, so a probe cannot hammer the API.
 */
public class PortkeyAdminHealthIndicator implements HealthIndicator {
  private final PortkeyAdminClient client;
  private final Duration cacheTtl;
  private final InstantSource clock;
  private @Nullable Health cached;
  private Instant checkedAt = Instant.MIN;

  /**
   * Creates the indicator.
   *
   * @param client the client to check
   * @param cacheTtl how long a result is reused
   */
  public PortkeyAdminHealthIndicator(PortkeyAdminClient client, Duration cacheTtl) {
    this(client, cacheTtl, InstantSource.system());
  }

  PortkeyAdminHealthIndicator(PortkeyAdminClient client, Duration cacheTtl, InstantSource clock) {
    this.client = client.withOptions(o -> o.maxRetries(0).callTimeout(Duration.ofSeconds(10)));
    this.cacheTtl = cacheTtl;
    this.clock = clock;
  }

  @Override
  public synchronized Health health() {
    Instant now = clock.instant();
    Health last = cached;
    if (last != null && now.isBefore(checkedAt.plus(cacheTtl))) {
      return last;
    }
    Health fresh = check();
    cached = fresh;
    checkedAt = now;
    return fresh;
  }

  private Health check() {
    try {
      client.workspaces().list(WorkspaceQuery.builder().pageSize(1).build());
      return Health.up()
          .withDetail("keyValid", true)
          .withDetail("organisationAdminKey", true)
          .build();
    } catch (WorkspaceScopedKeyException e) {
      return Health.up()
          .withDetail("keyValid", true)
          .withDetail("organisationAdminKey", false)
          .withDetail("reason", "the key cannot list the organisation's workspaces: it is"
              + " workspace-scoped or lacks " + e.requiredScope().orElse("workspaces.list"))
          .build();
    } catch (InvalidApiKeyException e) {
      return Health.down()
          .withDetail("keyValid", false)
          .withDetail("reason", "HTTP 401: the key is wrong, revoked or expired")
          .build();
    } catch (PortkeyApiException e) {
      return down(e, "HTTP " + e.statusCode());
    } catch (PortkeyException e) {
      return down(e, e.getMessage());
    }
  }

  private static Health down(PortkeyException e, @Nullable String reason) {
    return Health.down()
        .withDetail("error", e.getClass().getSimpleName())
        .withDetail("reason", String.valueOf(reason))
        .build();
  }
}
