package io.github.portkeyadmin.examples;

import static io.github.portkeyadmin.examples.Runs.demo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.examples.Runs.Result;
import io.github.portkeyadmin.testing.Organisation;
import io.github.portkeyadmin.testing.PortkeyTestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Options, exit codes, and the real-key path, pointed at a demo server on loopback. */
class RunnerTest {
  private final PortkeyTestServer server =
      PortkeyTestServer.start(Organisation.demo().at(Runs.NOW));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void helpPrintsTheOptionsAndEnvironment() {
    Result run = demo(CostGraph::run, "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("--page-size N", "PORTKEY_BASE_URL");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void badOptionsExitWithTwoAndTheUsage() {
    assertThat(demo(CostGraph::run, "--frobnicate").err())
        .contains("error: unknown option --frobnicate", "options:");
    assertThat(demo(CostGraph::run, "--frobnicate").status()).isEqualTo(2);
    assertThat(demo(CostGraph::run, "--page-size", "0").err())
        .contains("--page-size must be a whole number >= 1, got 0");
    assertThat(demo(CostGraph::run, "--svg").err()).contains("--svg needs a value");
  }

  @Test
  void withAKeyTheExamplesUseTheConfiguredServerAndTheDefaultWorkspace() {
    Result run = Runs.run(Map.of(Session.API_KEY_ENV, server.apiKey(),
        Session.BASE_URL_ENV, server.baseUrl()), CostGraph::run);

    assertThat(run.status()).isZero();
    assertThat(run.err()).doesNotContain("DEMO DATA")
        .contains("PORTKEY_WORKSPACE_SLUG is not set; using the default workspace ws-prod");
    assertThat(run.out()).contains("total    $3,355.37");
  }

  @Test
  void aConfiguredWorkspaceIsUsedAsIs() {
    Result run = Runs.run(Map.of(Session.API_KEY_ENV, server.apiKey(),
        Session.BASE_URL_ENV, server.baseUrl(), Session.WORKSPACE_ENV, "ws-staging"),
        CostGraph::run);

    assertThat(run.out()).contains("workspace ws-staging").doesNotContain("$3,355.37");
  }

  @Test
  void aRejectedKeyExitsWithOneAndThePortkeyMessage() {
    Result run = Runs.run(Map.of(Session.API_KEY_ENV, "pk-wrong",
        Session.BASE_URL_ENV, server.baseUrl(), Session.WORKSPACE_ENV, "ws-prod"),
        ListVirtualKeys::run);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: ").contains("401").doesNotContain("pk-wrong");
  }

  @Test
  void anUnknownWorkspaceIsAPortkeyErrorNamingIt() {
    Result run = Runs.run(Map.of(Session.API_KEY_ENV, server.apiKey(),
        Session.BASE_URL_ENV, server.baseUrl(), Session.WORKSPACE_ENV, "ws-nope"),
        RequestsGraph::run);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("ws-nope");
  }

  @Test
  void withoutWorkspaceOrAccessToTheListingTheMessageSaysWhatToSet() {
    Result run = Runs.run(Map.of(Session.API_KEY_ENV, "pk-wrong",
        Session.BASE_URL_ENV, server.baseUrl()), CostGraph::run);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("set PORTKEY_WORKSPACE_SLUG");
  }

  @Test
  void onTheDemoAnUnknownWorkspaceFallsBackToProduction() {
    Result run = Runs.run(Map.of(Session.WORKSPACE_ENV, "ws-mine"), CostGraph::run);

    assertThat(run.err()).contains("ws-mine is not a demo workspace; using ws-prod");
    assertThat(demo(CostGraph::run).out()).contains("workspace ws-prod");
    assertThat(Runs.run(Map.of(Session.WORKSPACE_ENV, "ws-research"), CostGraph::run).out())
        .contains("workspace ws-research");
  }
}
