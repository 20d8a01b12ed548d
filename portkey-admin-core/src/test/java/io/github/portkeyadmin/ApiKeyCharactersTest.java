package io.github.portkeyadmin;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keys an HTTP header cannot carry fail at {@code build()}, naming the position and kind of the
 * character and never the key; keys that only carry surrounding whitespace work.
 */
class ApiKeyCharactersTest {
  private static final String SECRET = "pk-live-SECRETPART-9d2e";

  @StartStop private final MockWebServer server = new MockWebServer();

  private PortkeyAdminClient.Builder builder() {
    return PortkeyAdminClient.builder().baseUrl(server.url("/v1/").toString());
  }

  @ParameterizedTest(name = "{2} at {1}")
  @CsvSource(delimiter = '|', value = {
      "8  | 9  | a non-ASCII character",
      "0  | 1  | a non-ASCII character",
      "23 | 24 | a non-ASCII character"})
  void nonAsciiCharacterIsRefusedAtBuildNamingItsPositionOnly(int index, int position, String kind) {
    String key = SECRET.substring(0, index) + "é" + SECRET.substring(index);

    assertThatThrownBy(() -> builder().apiKey(key).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiKey has " + kind + " at position " + position + " (counting from 1)")
        .hasMessageContaining("copy the key again")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET", "pk-live", "9d2e", "é"));
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest(name = "U+{1}")
  @CsvSource({"10, 000A", "13, 000D", "0, 0000", "27, 001B", "127, 007F"})
  void controlCharacterInsideTheKeyIsRefusedNamingItsCodePoint(int code, String hex) {
    String key = "pk-live-" + (char) code + "SECRETPART";

    assertThatThrownBy(() -> builder().apiKey(key).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiKey has a control character U+" + hex + " at position 9 ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET", "pk-live"));
  }

  @Test
  void positionCountsFromTheKeyAsGivenIncludingLeadingWhitespace() {
    assertThatThrownBy(() -> builder().apiKey("  ab\u0001cd").build())
        .hasMessageStartingWith("apiKey has a control character U+0001 at position 5 ");
  }

  @Test
  void trailingNewlineOfASecretFileIsDroppedAndTheKeyWorks() throws Exception {
    server.enqueue(json("{\"object\":\"list\",\"total\":0,\"data\":[]}"));
    Map<String, String> env = Map.of("PORTKEY_API_KEY", SECRET + "\r\n",
        "PORTKEY_BASE_URL", server.url("/v1/").toString());

    try (PortkeyAdminClient client = PortkeyAdminClient.builder().fromEnv(env::get).build()) {
      client.workspaces().list();
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("x-portkey-api-key")).isEqualTo(SECRET);
  }

  @Test
  void keyFromTheEnvironmentWithAnInnerNewlineIsRefusedAtBuild() {
    Map<String, String> env = Map.of("PORTKEY_API_KEY", "pk-live\nSECRETPART\n");

    assertThatThrownBy(() -> PortkeyAdminClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiKey has a control character U+000A at position 8 ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET", "pk-live"));
  }

  @Test
  void noBreakSpaceIsNotWhitespaceToStripButANonAsciiCharacter() {
    assertThatThrownBy(() -> builder().apiKey(SECRET + "\u00a0").build())
        .hasMessageStartingWith("apiKey has a non-ASCII character at position 24 ");
  }

  @Test
  void keysOfVisibleAsciiSpaceAndTabAreSentAsTheyAre() throws Exception {
    String key = "pk-~!#$%&'*+.^_`|{}\t x";
    server.enqueue(json("{\"object\":\"list\",\"total\":0,\"data\":[]}"));

    try (PortkeyAdminClient client = builder().apiKey(key).maxRetries(0).build()) {
      client.workspaces().list();
    }

    assertThat(server.takeRequest().getHeaders().get("x-portkey-api-key")).isEqualTo(key);
  }
}
