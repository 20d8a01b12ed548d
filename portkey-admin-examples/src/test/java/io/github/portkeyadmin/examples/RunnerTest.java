package io.github.portkeyadmin.examples;

import static io.github.portkeyadmin.examples.Runs.demo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.examples.Runs.Result;
import io.github.portkeyadmin.testing.Organisation;
import io.github.portkeyadmin.testing.PortkeyTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    Result run = demo(CostGraph.ABOUT, CostGraph::run, "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("CostGraph: How much did the workspace spend")
        .contains("--days N          the analytics range: the last N days (default 30)",
            "--workspace SLUG", "--out FILE", "PORTKEY_BASE_URL")
        .doesNotContain("--page-size", "--svg");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void eachExamplesHelpSaysWhatItAnswersAndOnlyItsOptions() {
    assertThat(demo(ListLogExports.ABOUT, ListLogExports::run, "--help").out())
        .startsWith("ListLogExports: Which log export jobs exist")
        .doesNotContain("--days", "--workspace", "--page-size", "--svg");
    assertThat(demo(UsageSpikes.ABOUT, UsageSpikes::run, "--help").out())
        .contains("(default 7)").doesNotContain("--page-size");
    assertThat(demo(SpendTrends.ABOUT, SpendTrends::run, "--help").out())
        .contains("--days N", "--workspace SLUG", "--page-size N", "--svg FILE");
    Result refused = demo(ListLogExports.ABOUT, ListLogExports::run, "--days", "3");
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("error: --days is not an option of ListLogExports");
  }

  @Test
  void daysAndWorkspaceOptionsChangeTheQuery() {
    Result run = demo(CostGraph.ABOUT, CostGraph::run, "--days", "7", "--workspace",
        "ws-research");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Spend, last 7 days, workspace ws-research")
        .contains("2026-03-11T10:00:00Z .. 2026-03-18T10:00:00Z");
  }

  @Test
  void outWritesCleanOutputToTheFileAndNothingToStdout(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("keys.json");

    Result run = demo(ListVirtualKeys.ABOUT, ListVirtualKeys::run, "--json", "--out",
        file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("wrote " + file);
    assertThat(new ObjectMapper().readTree(Files.readString(file))).hasSize(12);
    Result unwritable = demo(ListVirtualKeys.ABOUT, ListVirtualKeys::run, "--out",
        dir.resolve("no/such/dir/x.txt").toString());
    assertThat(unwritable.status()).isEqualTo(1);
    assertThat(unwritable.err()).contains("error: cannot write");
  }

  @Test
  void badOptionsExitWithTwoAndTheUsage() {
    assertThat(demo(CostGraph.ABOUT, CostGraph::run, "--frobnicate").err())
        .contains("error: unknown option --frobnicate", "options:");
    assertThat(demo(CostGraph.ABOUT, CostGraph::run, "--frobnicate").status()).isEqualTo(2);
    assertThat(demo(CostGraph.ABOUT, CostGraph::run, "--page-size", "0").err())
        .contains("--page-size is not an option of CostGraph");
    assertThat(demo(ListWorkspaces.ABOUT, ListWorkspaces::run, "--page-size", "0").err())
        .contains("--page-size must be a whole number >= 1, got 0");
    assertThat(demo(CostGraph.ABOUT, CostGraph::run, "--days").err())
        .contains("--days needs a value");
  }

  @Test
  void withAKeyTheExamplesUseTheConfiguredServerAndTheDefaultWorkspace() {
    Result run = Runs.run(Map.of(Session.API_KEY_ENV, server.apiKey(),
        Session.BASE_URL_ENV, server.baseUrl()), CostGraph.ABOUT, CostGraph::run);

    assertThat(run.status()).isZero();
    assertThat(run.err()).doesNotContain("DEMO DATA")
        .contains("PORTKEY_WORKSPACE_SLUG is not set; using the default workspace ws-prod");
    assertThat(run.out()).contains("total    $3,355.37");
  }

  @Test
  void aConfiguredWorkspaceIsUsedAsIs() {
    Result run = Runs.run(Map.of(Session.API_KEY_ENV, server.apiKey(),
        Session.BASE_URL_ENV, server.baseUrl(), Session.WORKSPACE_ENV, "ws-staging"),
        CostGraph.ABOUT, CostGraph::run);

    assertThat(run.out()).contains("workspace ws-staging").doesNotContain("$3,355.37");
  }

  @Test
  void aRejectedKeyExitsWithOneAndThePortkeyMessage() {
    Result run = Runs.run(Map.of(Session.API_KEY_ENV, "pk-wrong",
        Session.BASE_URL_ENV, server.baseUrl(), Session.WORKSPACE_ENV, "ws-prod"),
        ListVirtualKeys.ABOUT, ListVirtualKeys::run);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: ").contains("401").doesNotContain("pk-wrong");
  }

  @Test
  void anUnknownWorkspaceIsAPortkeyErrorNamingIt() {
    Result run = Runs.run(Map.of(Session.API_KEY_ENV, server.apiKey(),
        Session.BASE_URL_ENV, server.baseUrl(), Session.WORKSPACE_ENV, "ws-nope"),
        RequestsGraph.ABOUT, RequestsGraph::run);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("ws-nope");
  }

  @Test
  void withoutWorkspaceOrAccessToTheListingTheMessageSaysWhatToSet() {
    Result run = Runs.run(Map.of(Session.API_KEY_ENV, "pk-wrong",
        Session.BASE_URL_ENV, server.baseUrl()), CostGraph.ABOUT, CostGraph::run);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("set PORTKEY_WORKSPACE_SLUG");
  }

  @Test
  void onTheDemoAnUnknownWorkspaceFallsBackToProduction() {
    Result run = Runs.run(Map.of(Session.WORKSPACE_ENV, "ws-mine"), CostGraph.ABOUT, CostGraph::run);

    assertThat(run.err()).contains("ws-mine is not a demo workspace; using ws-prod");
    assertThat(demo(CostGraph.ABOUT, CostGraph::run).out()).contains("workspace ws-prod");
    assertThat(Runs.run(Map.of(Session.WORKSPACE_ENV, "ws-research"), CostGraph.ABOUT, CostGraph::run).out())
        .contains("workspace ws-research");
  }
}
