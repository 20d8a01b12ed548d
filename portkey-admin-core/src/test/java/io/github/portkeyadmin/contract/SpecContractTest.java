package io.github.portkeyadmin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Guards the contract checker itself: it passes what the spec allows and names what it forbids. */
class SpecContractTest {
  private static final SpecContract SPEC = SpecContract.load();
  private static final String COST = "/analytics/graphs/cost?workspace_slug=ws-prod"
      + "&time_of_generation_min=2026-02-23T14%3A20%3A31%2B05%3A30"
      + "&time_of_generation_max=2026-02-24T14%3A20%3A31-03%3A00";

  @Test
  void basePathIsTheSpecServersPath() {
    assertThat(SPEC.basePath()).isEqualTo("/v1");
  }

  @Test
  void acceptsARequestWithTheRequiredParametersAndValidFilters() {
    assertThat(SPEC.violations("GET", COST
        + "&cost_min=0.5&weighted_feedback_max=-10&total_units_min=0"
        + "&metadata=%7B%22env%22%3A%22staging%22%7D&status_code=401,403")).isEmpty();
  }

  @Test
  void reportsEveryMissingRequiredParameter() {
    assertThat(SPEC.violations("GET", "/analytics/graphs/cost?workspace_slug=x")).containsExactly(
        "GET /analytics/graphs/cost: required query parameter time_of_generation_min is missing",
        "GET /analytics/graphs/cost: required query parameter time_of_generation_max is missing");
    assertThat(SPEC.violations("GET", "/virtual-keys?current_page=0")).containsExactly(
        "GET /virtual-keys: required query parameter page_size is missing");
  }

  @Test
  void reportsUndeclaredAndRepeatedParameters() {
    assertThat(SPEC.violations("GET", COST + "&bogus=1&current_page=0&configs=a&configs=b"))
        .containsExactly(
            "GET /analytics/graphs/cost: query parameter bogus is not declared",
            "GET /analytics/graphs/cost: query parameter current_page is not declared",
            "GET /analytics/graphs/cost: configs is sent 2 times");
  }

  @Test
  void reportsIntegersAndNumbersThatDoNotParseOrBreakTheirBounds() {
    assertThat(SPEC.violations("GET", COST + "&total_units_min=1.5&prompt_token_max=-1"
        + "&cost_max=ten&weighted_feedback_min=-10.01&weighted_feedback_max=11"))
        .containsExactly(
            "GET /analytics/graphs/cost: total_units_min=1.5: not an integer",
            "GET /analytics/graphs/cost: prompt_token_max=-1: below the minimum 0",
            "GET /analytics/graphs/cost: cost_max=ten: not a number",
            "GET /analytics/graphs/cost: weighted_feedback_min=-10.01: below the minimum -10",
            "GET /analytics/graphs/cost: weighted_feedback_max=11: above the maximum 10");
  }

  @Test
  void reportsDateTimesNotInTheSpecsOffsetForm() {
    String path = "/analytics/groups/users?workspace_slug=x";
    assertThat(SPEC.violations("GET", path
        + "&time_of_generation_min=2026-02-23T14:20:31Z"
        + "&time_of_generation_max=2026-02-30T14:20:31%2B05:30")).containsExactly(
            "GET /analytics/groups/users: time_of_generation_min=2026-02-23T14:20:31Z:"
                + " not in the form YYYY-MM-DDTHH:MM:SS±HH:MM",
            "GET /analytics/groups/users: time_of_generation_max=2026-02-30T14:20:31+05:30:"
                + " not a valid date-time");
  }

  @Test
  void readsAnUnencodedPlusInAnOffsetAsASpaceAsServersDo() {
    assertThat(SPEC.violations("GET", "/analytics/groups/users?workspace_slug=x"
        + "&time_of_generation_min=2026-02-23T14:20:31+05:30"
        + "&time_of_generation_max=2026-02-24T14:20:31%2B05:30")).containsExactly(
            "GET /analytics/groups/users: time_of_generation_min=2026-02-23T14:20:31 05:30:"
                + " not in the form YYYY-MM-DDTHH:MM:SS±HH:MM");
  }

  @Test
  void reportsMetadataThatIsNotAJsonObject() {
    assertThat(SPEC.violations("GET", COST + "&metadata=env%3Dstaging")).containsExactly(
        "GET /analytics/graphs/cost: metadata=env=staging: not a JSON object");
    assertThat(SPEC.violations("GET", COST + "&metadata=%5B%5D")).containsExactly(
        "GET /analytics/graphs/cost: metadata=[]: not a JSON object");
  }

  @Test
  void checksEachElementOfACommaSeparatedEnum() {
    assertThat(SPEC.violations("GET", "/admin/workspaces?status=active,archived")).isEmpty();
    assertThat(SPEC.violations("GET", "/admin/workspaces?status=active,deleted")).containsExactly(
        "GET /admin/workspaces: status=active,deleted: \"deleted\" is not one of"
            + " [\"active\",\"archived\"]");
  }

  @Test
  void matchesTemplatedPathsAndReportsUnknownPathsAndMethods() {
    assertThat(SPEC.violations("GET", "/logs/exports/exp-1/download")).isEmpty();
    assertThat(SPEC.violations("GET", "/analytics/graphs/costs")).containsExactly(
        "GET /analytics/graphs/costs: not a path of the spec");
    assertThat(SPEC.violations("POST", "/virtual-keys?current_page=0&page_size=1"))
        .containsExactly(
            "POST /virtual-keys: the spec declares no POST operation for this path");
  }
}
