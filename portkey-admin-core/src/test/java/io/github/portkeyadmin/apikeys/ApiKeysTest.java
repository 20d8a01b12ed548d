package io.github.portkeyadmin.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.ListQuery;
import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.limits.RateLimitUnit;
import io.github.portkeyadmin.support.ClientTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code GET /api-keys}: paged; key values stay masked and out of toString(). */
class ApiKeysTest extends ClientTest {
  @Test
  void listSendsPagingAndWorkspace() throws Exception {
    serve("list-spec.json");

    client.apiKeys().list(ListQuery.builder().pageSize(20).workspaceId("ws-myworkspace").build());

    assertThat(onlyRequest().getTarget())
        .isEqualTo("/v1/api-keys?current_page=0&page_size=20&workspace_id=ws-myworkspace");
  }

  @Test
  void listDecodesSpecShapeWithHyphenatedTypes() {
    serve("list-spec.json");

    Page<ApiKey> page = client.apiKeys().list();

    ApiKey first = page.items().get(0);
    assertThat(first.type().value()).isEqualTo(ApiKeyType.ORGANISATION_SERVICE);
    assertThat(first.type().raw()).isEqualTo("organisation-service");
    assertThat(first.status().value()).isEqualTo(ApiKeyStatus.ACTIVE);
    assertThat(first.scopes()).containsExactly("completions.write");
    assertThat(first.rateLimits().get(0).unit().value()).isEqualTo(RateLimitUnit.RPM);
    assertThat(first.expiresAt()).contains(Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(page.items().get(1).type().value()).isEqualTo(ApiKeyType.WORKSPACE_USER);
    assertThat(page.items().get(1).status().value()).isEqualTo(ApiKeyStatus.EXHAUSTED);
  }

  @Test
  void maskedKeyIsKeptAsSentButLeftOutOfToString() {
    serve("list-spec.json");

    ApiKey key = client.apiKeys().list().items().get(0);

    assertThat(key.maskedKey()).contains("Xk*******S4");
    assertThat(key.toString()).doesNotContain("Xk*******S4").contains("Development API Key");
  }

  @Test
  void listReadsLiveShapeWithExpiredStatusNewTypeAndNulls() {
    serve("list-live.json");

    ApiKey key = client.apiKeys().list().items().get(0);

    assertThat(key.status().value()).isEqualTo(ApiKeyStatus.EXPIRED);
    assertThat(key.type().isKnown()).isFalse();
    assertThat(key.type().raw()).isEqualTo("workspace-bot");
    assertThat(key.scopes()).isEmpty();
    assertThat(key.expiresAt()).contains(Instant.parse("2026-11-01T00:00:00Z"));
  }

  @Test
  void listAsyncReturnsTheSamePage() {
    serve("list-spec.json");

    assertThat(client.apiKeys().listAsync().join().total()).isEqualTo(2);
  }
}
