package io.github.portkeyadmin.examples;

import static io.github.portkeyadmin.examples.Runs.demo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.portkeyadmin.examples.Runs.Result;
import org.junit.jupiter.api.Test;

/** Workspaces, virtual keys and log exports, run against the demo data at {@link Runs#NOW}. */
class ListingExamplesTest {
  @Test
  void workspacesAreListedAcrossPagesWithTheirBudgetsInDollars() {
    Result run = demo(ListWorkspaces.ABOUT, ListWorkspaces::run);

    assertThat(run.err()).contains("fetched 6 workspaces in 2 pages");
    assertThat(run.out())
        .contains("Workspaces: 6")
        .containsPattern("ws-prod +Production +active +yes +2025-02-11 +\\$5,000\\.00 monthly")
        .contains("50,000,000 tokens monthly")
        .containsPattern("ws-legacy +Legacy +archived");
  }

  @Test
  void aLargerPageSizeFetchesOnePage() {
    Result run = demo(ListWorkspaces.ABOUT, ListWorkspaces::run, "--page-size", "50");

    assertThat(run.err()).doesNotContain("fetching");
    assertThat(run.out()).contains("Workspaces: 6");
  }

  @Test
  void workspacesJsonHasEveryWorkspace() {
    JsonNode json = demo(ListWorkspaces.ABOUT, ListWorkspaces::run, "--json").json();

    assertThat(json).hasSize(6);
    assertThat(json.get(0).get("slug").asText()).isEqualTo("ws-prod");
    assertThat(json.get(0).get("usage_limits").get(0).get("credit_limit").asInt()).isEqualTo(5000);
  }

  @Test
  void virtualKeysShowStatusBudgetAndExpiryIncludingUnknownStatuses() {
    Result run = demo(ListVirtualKeys.ABOUT, ListVirtualKeys::run);

    assertThat(run.err()).contains("fetched 12 virtual keys in 3 pages");
    assertThat(run.out())
        .contains("Virtual keys: 12")
        .containsPattern("openai-batch +openai +exhausted +\\$250\\.00 monthly +never")
        .containsPattern("gemini-eval +google +active +- +2026-03-21")
        .containsPattern("azure-legacy +azure-openai +suspended \\(unknown\\)");
  }

  @Test
  void virtualKeysJsonKeepsTheRawStatus() {
    JsonNode json = demo(ListVirtualKeys.ABOUT, ListVirtualKeys::run, "--json").json();

    assertThat(json).hasSize(12);
    assertThat(json.get(10).get("slug").asText()).isEqualTo("azure-legacy");
    assertThat(json.get(10).get("status").asText()).isEqualTo("suspended");
  }

  @Test
  void logExportsShowStatusesTheSdkDoesNotKnowToo() {
    Result run = demo(ListLogExports.ABOUT, ListLogExports::run);

    assertThat(run.out())
        .contains("Log exports: 4")
        .containsPattern("7c1d9a52 +success +48,210 +2026-03-17 +Nightly export")
        .containsPattern("e02a5c6d +queued +- +2026-03-18 +Weekly usage export");
    JsonNode json = demo(ListLogExports.ABOUT, ListLogExports::run, "--json").json();
    assertThat(json).hasSize(4);
    assertThat(json.get(2).get("status").asText()).isEqualTo("queued");
  }
}
