package io.github.portkeyadmin.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.errors.BadRequestException;
import io.github.portkeyadmin.errors.InvalidApiKeyException;
import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.errors.NotFoundException;
import io.github.portkeyadmin.errors.PortkeyApiException;
import io.github.portkeyadmin.errors.PortkeyConnectionException;
import io.github.portkeyadmin.errors.PortkeyException;
import io.github.portkeyadmin.errors.RateLimitException;
import io.github.portkeyadmin.errors.ServerException;
import io.github.portkeyadmin.errors.WorkspaceScopedKeyException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each fault kind reaches the SDK's caller as its typed exception. */
class FaultsTest {
  private final PortkeyTestServer server = PortkeyTestServer.start();
  private final List<Duration> waits = new ArrayList<>();
  private final PortkeyAdminClient client = server.clientBuilder().maxRetries(0)
      .readTimeout(Duration.ofMillis(300)).sleeper(waits::add).build();

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  static Stream<Arguments> faultsAndExceptions() {
    return Stream.of(
        Arguments.of(Fault.unauthorised(), InvalidApiKeyException.class, "AB05"),
        Arguments.of(Fault.forbidden(), WorkspaceScopedKeyException.class, "AB03"),
        Arguments.of(Fault.notFound(), NotFoundException.class, "AB08"),
        Arguments.of(Fault.badRequest("page_size is too large"), BadRequestException.class,
            "AB01"),
        Arguments.of(Fault.rateLimited(Duration.ofSeconds(3)), RateLimitException.class, "AB06"),
        Arguments.of(Fault.serverError(500), ServerException.class, "AB04"),
        Arguments.of(Fault.serverError(503), ServerException.class, "AB04"));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("faultsAndExceptions")
  void errorFaultsBecomeTheTypedExceptionWithTheirCode(Fault fault,
      Class<? extends PortkeyApiException> type, String code) {
    server.failNext(1, "/virtual-keys", fault);

    assertThatThrownBy(() -> client.virtualKeys().list()).isInstanceOf(type)
        .satisfies(e -> assertThat(((PortkeyApiException) e).errorCode()).hasValue(code))
        .satisfies(e -> assertThat(((PortkeyApiException) e).statusCode())
            .isEqualTo(fault.statusCode()));
    assertThat(client.virtualKeys().list().total()).isEqualTo(12);
  }

  @Test
  void aRateLimitCarriesItsRetryAfter() {
    server.failNext(1, "/virtual-keys", Fault.rateLimited(Duration.ofSeconds(7)));

    assertThatThrownBy(() -> client.virtualKeys().list())
        .isInstanceOfSatisfying(RateLimitException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7)));
  }

  @Test
  void transportFaultsBecomeConnectionAndMalformedResponseExceptions() {
    server.failNext(1, "/logs/exports", Fault.droppedConnection());
    server.failNext(1, "/logs/exports", Fault.truncatedBody());
    server.failNext(1, "/logs/exports", Fault.malformedBody());
    server.failNext(1, "/logs/exports", Fault.slowBody(Duration.ofSeconds(2)));

    assertThatThrownBy(() -> client.logExports().list())
        .isInstanceOf(PortkeyConnectionException.class);
    assertThatThrownBy(() -> client.logExports().list())
        .isInstanceOf(MalformedResponseException.class).hasMessageContaining("cut off");
    assertThatThrownBy(() -> client.logExports().list())
        .isInstanceOf(MalformedResponseException.class);
    assertThatThrownBy(() -> client.logExports().list())
        .isInstanceOf(PortkeyException.class).hasMessageMatching("(?s).*(timeout|timed out).*");
    assertThat(client.logExports().list()).hasSize(4);
  }

  @Test
  void theDefaultClientRetriesAServerErrorAndARateLimit() {
    server.failNext(1, "/admin/workspaces", Fault.serverError(502));
    server.failNext(1, "/admin/workspaces", Fault.rateLimited(Duration.ofSeconds(1)));

    try (PortkeyAdminClient retrying = server.clientBuilder().sleeper(waits::add).build()) {
      assertThat(retrying.workspaces().list().total()).isEqualTo(6);
    }
    assertThat(server.requests("/admin/workspaces")).extracting(ReceivedRequest::status)
        .containsExactly(502, 429, 200);
    assertThat(waits).hasSize(2).last().isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void failAlwaysLastsUntilClearedAndMatchesTemplatesAndOnlyItsPath() {
    server.failAlways("/virtual-keys/{slug}", Fault.notFound());

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> client.virtualKeys().get("openai-prod"))
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(client.virtualKeys().list().total()).isEqualTo(12);
    server.clearFaults();
    assertThat(client.virtualKeys().get("openai-prod").slug()).isEqualTo("openai-prod");
  }

  @Test
  void aWildcardFaultHitsEveryPath() {
    server.failNext(2, "*", Fault.forbidden());

    assertThatThrownBy(() -> client.workspaces().list())
        .isInstanceOf(WorkspaceScopedKeyException.class);
    assertThatThrownBy(() -> client.logExports().list())
        .isInstanceOf(WorkspaceScopedKeyException.class);
    assertThat(client.logExports().list()).hasSize(4);
  }

  @Test
  void badArgumentsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> server.failNext(0, "/virtual-keys", Fault.notFound()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("times must be >= 1");
    assertThatThrownBy(() -> Fault.serverError(404)).hasMessageContaining("500 to 599");
    assertThat(Fault.rateLimited(Duration.ofSeconds(2))).hasToString(
        "Fault[429 AB06, Retry-After 2 s]");
  }
}
