package io.github.portkeyadmin.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.ListQuery;
import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.support.ClientTest;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import io.github.portkeyadmin.virtualkeys.VirtualKeyStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code GET /providers}: paged, with the workspace for Admin API keys. */
class ProvidersTest extends ClientTest {
  @Test
  void listSendsFirstPageOfTheDefaultSize() throws Exception {
    serve("list-spec.json");

    client.providers().list();

    assertThat(onlyRequest().getTarget()).isEqualTo("/v1/providers?current_page=0&page_size=50");
  }

  @Test
  void listSendsPageSizeAndWorkspace() throws Exception {
    serve("list-spec.json");

    client.providers().list(ListQuery.builder().page(2).pageSize(10).workspaceId("ws-prod").build());

    assertThat(onlyRequest().getTarget())
        .isEqualTo("/v1/providers?current_page=2&page_size=10&workspace_id=ws-prod");
  }

  @Test
  void nextPageKeepsTheWorkspace() throws Exception {
    server.enqueue(io.github.portkeyadmin.support.Fixtures.json(
        "{\"total\":3,\"data\":[{\"slug\":\"a\"},{\"slug\":\"b\"}]}"));
    server.enqueue(io.github.portkeyadmin.support.Fixtures.json(
        "{\"total\":3,\"data\":[{\"slug\":\"c\"}]}"));

    Page<Provider> first =
        client.providers().list(ListQuery.builder().pageSize(2).workspaceId("ws-prod").build());
    Page<Provider> second = first.nextPage();

    server.takeRequest();
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/v1/providers?current_page=1&page_size=2&workspace_id=ws-prod");
    assertThat(second.items()).extracting(Provider::slug).containsExactly("c");
    assertThat(second.hasNextPage()).isFalse();
  }

  @Test
  void listDecodesSpecShapeIncludingExpiredStatus() {
    serve("list-spec.json");

    Page<Provider> page = client.providers().list();

    Provider openai = page.items().get(0);
    assertThat(openai.integrationId()).contains("openai-main");
    assertThat(openai.usageLimits().get().creditLimit()).contains(new BigDecimal("100"));
    assertThat(openai.rateLimits()).isEmpty();
    Provider anthropic = page.items().get(1);
    assertThat(anthropic.status().value()).isEqualTo(VirtualKeyStatus.EXPIRED);
    assertThat(anthropic.expiresAt()).contains(Instant.parse("2025-01-01T00:00:00Z"));
  }

  @Test
  void listReadsLiveShapeWithUnknownStatusAndNulls() {
    serve("list-live.json");

    Page<Provider> page = client.providers().list();

    Provider bedrock = page.items().get(0);
    assertThat(page.total()).isEqualTo(3);
    assertThat(bedrock.status().isKnown()).isFalse();
    assertThat(bedrock.status().raw()).isEqualTo("paused");
    assertThat(bedrock.integrationId()).isEmpty();
    assertThat(bedrock.provider()).contains("bedrock");
    assertThat(bedrock.createdAt()).contains(Instant.parse("2025-05-05T05:05:05Z"));
  }

  @Test
  void aProviderIsAVirtualKey() {
    serve("list-spec.json");

    VirtualKey key = client.providers().list().items().get(0);

    assertThat(key.slug()).isEqualTo("openai-prod");
  }

  @Test
  void invalidQueryIsRejectedInBuild() {
    assertThatThrownBy(() -> ListQuery.builder().page(-1).build())
        .hasMessage("page must be >= 0 (pages count from 0), got -1");
    assertThatThrownBy(() -> ListQuery.builder().pageSize(0).build())
        .hasMessage("pageSize must be >= 1, got 0");
    assertThatThrownBy(() -> ListQuery.builder().workspaceId(" ").build())
        .hasMessageStartingWith("workspaceId must not be blank");
  }

  @Test
  void listAsyncTwinsReturnTheSamePage() {
    serve("list-spec.json");
    serve("list-spec.json");

    assertThat(client.providers().listAsync().join().total()).isEqualTo(2);
    assertThat(client.providers().listAsync(ListQuery.builder().build()).join().items()).hasSize(2);
  }
}
