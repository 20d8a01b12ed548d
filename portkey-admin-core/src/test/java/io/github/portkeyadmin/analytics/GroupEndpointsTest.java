package io.github.portkeyadmin.analytics;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.internal.ObjectMappers;
import io.github.portkeyadmin.support.ClientTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Grouped analytics added by issue 5: per metadata value (in the spec), per provider and per
 * workspace (documented, not in the spec, read as {@link AnalyticsGroupRow}s).
 */
class GroupEndpointsTest extends ClientTest {
  private static final String RANGE = "workspace_slug=ws-prod"
      + "&time_of_generation_min=2026-02-01T00%3A00%3A00%2B00%3A00"
      + "&time_of_generation_max=2026-02-08T00%3A00%3A00%2B00%3A00";
  private static final String EMPTY_LIST = "{\"object\":\"list\",\"total\":0,\"data\":[]}";
  private static final ObjectMapper JSON = ObjectMappers.create();
  private static final TypeReference<LinkedHashMap<String, Object>> FIELDS =
      new TypeReference<>() {};

  private static AnalyticsQuery.Builder query() {
    return AnalyticsQuery.builder()
        .workspaceSlug("ws-prod")
        .timeRange(TimeRange.of(
            Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-08T00:00:00Z")));
  }

  /** A row as the SDK's mapper reads an untyped object: strings, numbers, booleans, nulls... */
  private static AnalyticsGroupRow row(String json) {
    try {
      return AnalyticsGroupRow.of(JSON.readValue(json, FIELDS));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  @Test
  void metadataGroupSendsTheKeyInThePathAndTheRequestedPage() throws Exception {
    serve("metadata-spec.json");

    client.analytics().metadata("team", query().page(2).pageSize(25).build());

    assertThat(onlyRequest().getTarget()).isEqualTo(
        "/v1/analytics/groups/metadata/team?" + RANGE + "&current_page=2&page_size=25");
  }

  @Test
  void metadataGroupWithoutPagingAsksForTheFirstPageAndTheServersPageSize() throws Exception {
    server.enqueue(json(EMPTY_LIST));

    client.analytics().metadata("_user", query().addStatusCodes(500).build());

    assertThat(onlyRequest().getTarget()).isEqualTo(
        "/v1/analytics/groups/metadata/_user?" + RANGE + "&status_code=500&current_page=0");
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "cost center   | cost%20center",
      "team/eu       | team%2Feu",
      "a?b#c         | a%3Fb%23c",
      "100%          | 100%25",
      "équipe        | %C3%A9quipe"})
  void metadataKeyIsPercentEncodedAsOnePathSegment(String key, String encoded) throws Exception {
    server.enqueue(json(EMPTY_LIST));

    client.analytics().metadata(key, query().build());

    assertThat(onlyRequest().getTarget()).isEqualTo(
        "/v1/analytics/groups/metadata/" + encoded + "?" + RANGE + "&current_page=0");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\t\n"})
  void blankMetadataKeyIsRejectedBeforeAnyRequest(String key) {
    assertThatThrownBy(() -> client.analytics().metadata(key, query().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metadataKey");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void nullMetadataKeyIsRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.analytics().metadata(null, query().build()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("metadataKey");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void metadataNextPageKeepsTheKeyTheFiltersAndThePageSize() throws Exception {
    server.enqueue(json("{\"object\":\"list\",\"total\":3,\"data\":["
        + "{\"metadata_value\":\"a\"},{\"metadata_value\":\"b\"}]}"));
    server.enqueue(json("{\"object\":\"list\",\"total\":3,\"data\":[{\"metadata_value\":\"c\"}]}"));

    Page<MetadataAnalytics> first =
        client.analytics().metadata("cost center", query().addConfigs("pc-1").pageSize(2).build());
    Page<MetadataAnalytics> second = first.nextPage();

    assertThat(second.items()).extracting(row -> row.metadataValue().orElseThrow()).containsExactly("c");
    assertThat(second.hasNextPage()).isFalse();
    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/analytics/groups/metadata/"
        + "cost%20center?" + RANGE + "&configs=pc-1&current_page=1&page_size=2");
  }

  @Test
  void metadataGroupDecodesSpecShape() {
    serve("metadata-spec.json");

    Page<MetadataAnalytics> page = client.analytics().metadata("team", query().build());

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.items()).extracting(row -> row.metadataValue().orElseThrow())
        .containsExactly("search", "ads");
    MetadataAnalytics search = page.items().get(0);
    assertThat(search.requests()).isEqualTo(120);
    assertThat(search.cost()).isEqualByComparingTo("350");
    assertThat(search.costDollars()).isEqualByComparingTo("3.50");
    assertThat(search.avgTokens()).isEqualByComparingTo("447");
    assertThat(search.avgWeightedFeedback()).isEqualByComparingTo("3");
    assertThat(search.requestsWithFeedback()).isEqualTo(10);
    assertThat(search.lastSeen()).contains(Instant.parse("2026-02-23T13:27:29Z"));
    assertThat(page.items().get(1).avgWeightedFeedback()).isEqualByComparingTo("-1");
  }

  @Test
  void metadataGroupReadsTheDocsFractionalCostAndTokensAndStringsAndZonelessTimes() {
    serve("metadata-live.json");

    Page<MetadataAnalytics> page = client.analytics().metadata("team", query().build());

    assertThat(page.total()).isEqualTo(3);
    MetadataAnalytics search = page.items().get(0);
    assertThat(search.requests()).isEqualTo(120);
    assertThat(search.cost()).isEqualByComparingTo("3887.3066");
    assertThat(search.costDollars()).isEqualByComparingTo("38.873066");
    assertThat(search.avgTokens()).isEqualByComparingTo("447.36");
    assertThat(search.avgWeightedFeedback()).isEqualByComparingTo("-2.5");
    assertThat(search.requestsWithFeedback()).isEqualTo(10);
    assertThat(search.lastSeen()).contains(Instant.parse("2026-06-18T13:00:00Z"));
  }

  @Test
  void metadataGroupReadsMissingAndNullFieldsAsZeroEmptyOrAbsent() {
    serve("metadata-live.json");

    Page<MetadataAnalytics> page = client.analytics().metadata("team", query().build());

    MetadataAnalytics ads = page.items().get(1);
    assertThat(ads.requests()).isEqualTo(7);
    assertThat(ads.cost()).isEqualByComparingTo("0.4567");
    assertThat(ads.avgTokens()).isEqualByComparingTo("0");
    assertThat(ads.lastSeen()).isEmpty();
    MetadataAnalytics bare = page.items().get(2);
    assertThat(bare.metadataValue()).isEmpty();
    assertThat(bare.requests()).isEqualTo(1);
    assertThat(bare.cost()).isEqualByComparingTo("0");
    assertThat(bare.requestsWithFeedback()).isZero();
  }

  @Test
  void groupByProviderSendsThePageToItsDocumentedPath() throws Exception {
    server.enqueue(json(EMPTY_LIST));

    client.analytics().groupByProvider(query().page(2).pageSize(10).build());

    assertThat(onlyRequest().getTarget()).isEqualTo(
        "/v1/analytics/groups/provider?" + RANGE + "&current_page=2&page_size=10");
  }

  @Test
  void groupByWorkspaceSendsThePageToItsAnnouncedPath() throws Exception {
    server.enqueue(json(EMPTY_LIST));

    client.analytics().groupByWorkspace(query().addModel("openai", "gpt-4o").pageSize(50).build());

    assertThat(onlyRequest().getTarget()).isEqualTo("/v1/analytics/groups/workspace?" + RANGE
        + "&ai_org_model=openai__gpt-4o&current_page=0&page_size=50");
  }

  @Test
  void groupByProviderKeepsEveryFieldAsSentInTheServersOrder() {
    serve("groups-provider-live.json");

    Page<AnalyticsGroupRow> page = client.analytics().groupByProvider(query().build());

    assertThat(page.total()).isEqualTo(3);
    AnalyticsGroupRow anthropic = page.items().get(1);
    assertThat(anthropic.fields()).containsOnlyKeys(
        "provider", "requests", "cost", "last_seen", "models", "limits", "object");
    assertThat(anthropic.fields().keySet()).first().isEqualTo("provider");
    assertThat(anthropic.fields())
        .containsEntry("models", List.of("claude-3-5-sonnet"))
        .containsEntry("limits", Map.of("rpm", 60));
  }

  @Test
  void groupByProviderReadsRequestsAndCostWhetherStringsOrNumbers() {
    serve("groups-provider-live.json");

    Page<AnalyticsGroupRow> page = client.analytics().groupByProvider(query().build());

    assertThat(page.items()).extracting(
            row -> row.text("provider"), AnalyticsGroupRow::requests, AnalyticsGroupRow::cost)
        .containsExactly(
            tuple(Optional.of("openai"), Optional.of(120L), Optional.of(new BigDecimal("350.25"))),
            tuple(Optional.of("anthropic"), Optional.of(7L), Optional.of(new BigDecimal("12"))),
            tuple(Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("1E+3"))));
    assertThat(page.items().get(0).number("avg_tokens")).contains(new BigDecimal("447.36"));
  }

  @Test
  void groupByWorkspaceReadsItsRowsAndAStringTotal() {
    serve("groups-workspace-live.json");

    Page<AnalyticsGroupRow> page = client.analytics().groupByWorkspace(query().build());

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(
            row -> row.text("workspace_id"), row -> row.text("workspace_name"),
            AnalyticsGroupRow::requests)
        .containsExactly(
            tuple(Optional.of("ws-prod"), Optional.of("Production"), Optional.of(1200L)),
            tuple(Optional.of("ws-dev"), Optional.empty(), Optional.of(3L)));
    assertThat(page.items().get(0).cost()).contains(new BigDecimal("3887.3066"));
    assertThat(page.items().get(1).cost()).isEmpty();
  }

  @Test
  void rowTextReadsStringsNumbersAndBooleansAsWritten() {
    AnalyticsGroupRow row = row(
        "{\"provider\":\"openai\",\"requests\":120,\"share\":0.25,\"cached\":true,\"blank\":\"\"}");

    assertThat(row.text("provider")).contains("openai");
    assertThat(row.text("requests")).contains("120");
    assertThat(row.text("share")).contains("0.25");
    assertThat(row.text("cached")).contains("true");
    assertThat(row.text("blank")).contains("");
  }

  @Test
  void rowTextIsEmptyForMissingNullObjectAndArrayFields() {
    AnalyticsGroupRow row = row("{\"provider\":null,\"limits\":{\"rpm\":60},\"models\":[\"a\"]}");

    assertThat(List.of("provider", "limits", "models", "absent"))
        .allSatisfy(field -> assertThat(row.text(field)).as(field).isEmpty());
  }

  @Test
  void rowNumberReadsNumericStringsPaddedOrInExponentForm() {
    AnalyticsGroupRow row = row(
        "{\"a\":\"350.25\",\"b\":\" 42 \",\"c\":\"1e3\",\"d\":-0.5,\"e\":12345678901234567890}");

    assertThat(row.number("a")).contains(new BigDecimal("350.25"));
    assertThat(row.number("b")).contains(new BigDecimal("42"));
    assertThat(row.number("c"))
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("1000"));
    assertThat(row.number("d")).contains(new BigDecimal("-0.5"));
    assertThat(row.number("e")).contains(new BigDecimal("12345678901234567890"));
  }

  @Test
  void rowNumberIsEmptyForTextBooleansNullsStructuresAndMissingFields() {
    AnalyticsGroupRow row = row("{\"a\":\"n/a\",\"b\":\"\",\"c\":true,\"d\":null,"
        + "\"e\":{\"x\":1},\"f\":[1],\"g\":\"NaN\"}");

    assertThat(List.of("a", "b", "c", "d", "e", "f", "g", "absent"))
        .allSatisfy(field -> assertThat(row.number(field)).as(field).isEmpty());
  }

  @Test
  void rowRequestsAndCostAreEmptyWhenAbsentOrNotNumeric() {
    AnalyticsGroupRow absent = row("{\"provider\":\"openai\"}");
    AnalyticsGroupRow odd = row("{\"requests\":\"many\",\"cost\":{\"cents\":12}}");

    assertThat(absent.requests()).isEmpty();
    assertThat(absent.cost()).isEmpty();
    assertThat(odd.requests()).isEmpty();
    assertThat(odd.cost()).isEmpty();
  }

  @Test
  void rowRequestsReadsWholeFloatsAndStringsAsCounts() {
    assertThat(row("{\"requests\":3.0}").requests()).contains(3L);
    assertThat(row("{\"requests\":\"1200\"}").requests()).contains(1200L);
  }

  @Test
  void groupRowThatIsNotAnObjectIsKeptAsItsValue() {
    server.enqueue(json("{\"total\":2,\"data\":[\"openai\",42]}"));

    Page<AnalyticsGroupRow> rows = client.analytics().groupByProvider(query().build());

    assertThat(rows.items().get(0).text("value")).contains("openai");
    assertThat(rows.items().get(1).number("value")).contains(new BigDecimal("42"));
  }

  @Test
  void dotMetadataKeyIsRefusedInTheSdksOwnWords() {
    assertThatThrownBy(() -> client.analytics().metadata("..", query().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metadataKey must be an id or slug, not \"..\"");
    assertThat(server.getRequestCount()).isZero();
  }
}
