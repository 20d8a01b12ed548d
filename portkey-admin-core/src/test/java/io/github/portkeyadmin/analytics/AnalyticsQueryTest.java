package io.github.portkeyadmin.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invalid query fails in build() with a message naming the parameter and the fix. */
class AnalyticsQueryTest {
  private static AnalyticsQuery.Builder valid() {
    return AnalyticsQuery.builder()
        .workspaceSlug("ws-prod")
        .timeRange(TimeRange.lastDays(7));
  }

  static Stream<Arguments> invalidQueries() {
    return Stream.of(
        invalid("blank workspace slug", b -> b.workspaceSlug("  "), "workspaceSlug must not be blank"),
        invalid("raw model without provider", b -> b.addModels("gpt-4o"), "must be provider__model"),
        invalid("raw model with empty model", b -> b.addModels("openai__"), "must be provider__model"),
        invalid("status code below 100", b -> b.addStatusCodes(42), "statusCodes entry 42"),
        invalid("status code above 599", b -> b.addStatusCodes(600), "use 100 to 599"),
        invalid("comma in a slug", b -> b.addVirtualKeys("vk-a,vk-b"), "virtualKeys[0] \"vk-a,vk-b\" contains a comma"),
        invalid("blank config", b -> b.addConfigs("pc-1", ""), "configs[1] must not be blank"),
        invalid("blank metadata key", b -> b.putMetadata(" ", "x"), "metadata key must not be blank"),
        invalid("negative cost", b -> b.costMinCents(new BigDecimal("-1")), "costMinCents must be >= 0, got -1"),
        invalid("inverted cost", b -> b.costMinCents(BigDecimal.TEN).costMaxCents(BigDecimal.ONE), "costMinCents (10) must not exceed costMaxCents (1); swap"),
        invalid("negative tokens", b -> b.totalTokensMax(-5), "totalTokensMax must be >= 0, got -5"),
        invalid("inverted prompt tokens", b -> b.promptTokensMin(9).promptTokensMax(3), "promptTokensMin (9) must not exceed promptTokensMax (3)"),
        invalid("inverted completion tokens", b -> b.completionTokensMin(9).completionTokensMax(3), "completionTokensMin (9)"),
        invalid("feedback above 10", b -> b.weightedFeedbackMax(new BigDecimal("10.5")), "weightedFeedbackMax must be -10 to 10, got 10.5"),
        invalid("feedback below -10", b -> b.weightedFeedbackMin(new BigDecimal("-11")), "weightedFeedbackMin must be -10 to 10"),
        invalid("negative page", b -> b.page(-1), "page must be >= 0 (pages count from 0), got -1"),
        invalid("zero page size", b -> b.pageSize(0), "pageSize must be >= 1, got 0"));
  }

  private static Arguments invalid(
      String name, UnaryOperator<AnalyticsQuery.Builder> change, String message) {
    return Arguments.of(Named.of(name, change), message);
  }

  @ParameterizedTest
  @MethodSource("invalidQueries")
  void invalidQueryFailsInBuildNamingTheParameter(
      UnaryOperator<AnalyticsQuery.Builder> change, String message) {
    AnalyticsQuery.Builder builder = change.apply(valid());

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void missingWorkspaceAndRangeAreNamed() {
    assertThatThrownBy(() -> AnalyticsQuery.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workspaceSlug")
        .hasMessageContaining("timeRange");
  }

  @Test
  void missingWorkspaceSlugSaysHowToSetItLikeEveryOtherMessage() {
    assertThatThrownBy(() -> AnalyticsQuery.builder().timeRange(TimeRange.lastDays(7)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workspaceSlug is not set: call workspaceSlug(\"ws-...\") with the slug shown"
            + " in the Portkey app's workspace settings: analytics require workspace_slug")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("some of required attributes"));
  }

  @Test
  void missingTimeRangeSaysHowToSetIt() {
    assertThatThrownBy(() -> AnalyticsQuery.builder().workspaceSlug("ws-prod").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeRange is not set: call timeRange(TimeRange.lastDays(30)) or"
            + " timeRange(TimeRange.of(start, end)): analytics require time_of_generation_min and"
            + " time_of_generation_max");
  }

  @Test
  void bothMissingAreEachNamedWithTheirFix() {
    assertThatThrownBy(() -> AnalyticsQuery.builder().build())
        .hasMessageStartingWith("workspaceSlug is not set: call workspaceSlug(")
        .hasMessageContaining("; timeRange is not set: call timeRange(");
  }

  @Test
  void addModelRejectsABlankProviderOrModelAtOnce() {
    assertThatThrownBy(() -> valid().addModel(" ", "gpt-4o"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("addModel provider must not be blank: pass the provider's slug, e.g. \"openai\"");
    assertThatThrownBy(() -> valid().addModel("openai", ""))
        .hasMessageStartingWith("addModel model must not be blank");
  }

  @ParameterizedTest(name = "provider \"{0}\" {1}")
  @org.junit.jupiter.params.provider.CsvSource({
      "open__ai, contains __", "__openai, contains __", "openai__, contains __",
      "openai_, ends in _", "_, ends in _"})
  void addModelRefusesAProviderWhoseBoundaryWouldBeLost(String provider, String problem) {
    assertThatThrownBy(() -> valid().addModel(provider, "gpt-4o"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("addModel provider \"" + provider + "\" " + problem
            + ", which would run into the __ that ends the provider in the wire form"
            + " provider__model");
  }

  @ParameterizedTest(name = "model \"{0}\"")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"__", "_", "_____"})
  void addModelRefusesAModelOfOnlyUnderscores(String model) {
    assertThatThrownBy(() -> valid().addModel("openai", model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("addModel model \"" + model + "\" is only underscores");
  }

  @Test
  void addModelAcceptsAModelContainingDoubleUnderscoreSinceTheServerSplitsAtTheFirst() {
    AnalyticsQuery query = valid().addModel("azure", "gpt__mini").addModel("openai", "_x").build();

    assertThat(query.models()).containsExactly("azure__gpt__mini", "openai___x");
  }

  @ParameterizedTest(name = "models entry \"{0}\"")
  @org.junit.jupiter.params.provider.ValueSource(strings = {" __gpt-4o", "openai____", "openai__ ", "__gpt"})
  void rawModelsEntriesNeedAProviderAndAModelName(String entry) {
    assertThatThrownBy(() -> valid().addModels(entry).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be provider__model, e.g. openai__gpt-4o, with a provider before"
            + " the first __ and a model name after it");
  }

  @Test
  void addModelJoinsProviderAndModelWithDoubleUnderscore() {
    AnalyticsQuery query = valid().addModel("azure-openai", "gpt-35-turbo").build();

    assertThat(query.models()).containsExactly("azure-openai__gpt-35-turbo");
  }

  @Test
  void equalBoundsAreAValidRange() {
    AnalyticsQuery query = valid()
        .costMinCents(BigDecimal.ONE).costMaxCents(new BigDecimal("1.00"))
        .totalTokensMin(5).totalTokensMax(5)
        .weightedFeedbackMin(BigDecimal.valueOf(-10)).weightedFeedbackMax(BigDecimal.TEN)
        .build();

    assertThat(query.totalTokensMin()).hasValue(5);
  }

  @Test
  void queryIsAValueWithFiltersInInsertionOrder() {
    AnalyticsQuery first = valid().putMetadata("team", "a").putMetadata("env", "b").build();
    AnalyticsQuery copy = AnalyticsQuery.builder().from(first).build();

    assertThat(copy).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(first.metadata().keySet()).containsExactly("team", "env");
  }
}
