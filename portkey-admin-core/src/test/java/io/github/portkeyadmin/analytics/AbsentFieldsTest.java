package io.github.portkeyadmin.analytics;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.support.ClientTest;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Text fields the server leaves out read as absent, never as an invented {@code ""} that a caller
 * could not tell from a real value. (Counts and costs still read as zero, as documented.)
 */
class AbsentFieldsTest extends ClientTest {
  private static final AnalyticsQuery QUERY = AnalyticsQuery.builder()
      .workspaceSlug("ws-prod")
      .timeRange(TimeRange.of(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-02T00:00:00Z")))
      .build();

  private static String list(String rows) {
    return "{\"object\":\"list\",\"total\":2,\"data\":[" + rows + "]}";
  }

  @Test
  void userRowWithoutItsUserReadsAsAbsentNotEmpty() {
    server.enqueue(json(list("{\"user\":\"\",\"requests\":1},{\"requests\":\"5\",\"cost\":\"0.5\"}")));

    java.util.List<UserAnalytics> rows = client.analytics().users(QUERY).items();

    assertThat((Object) rows.get(0).user()).isEqualTo(Optional.of(""));
    assertThat((Object) rows.get(1).user()).isEqualTo(Optional.empty());
    assertThat(rows.get(1).requests()).isEqualTo(5);
  }

  @Test
  void userRowWithANullUserReadsAsAbsent() {
    server.enqueue(json(list("{\"user\":null,\"requests\":1}")));

    assertThat((Object) client.analytics().users(QUERY).items().get(0).user())
        .isEqualTo(Optional.empty());
  }

  @Test
  void modelRowWithoutItsModelReadsAsAbsent() {
    server.enqueue(json(list("{\"ai_model\":\"gpt-4o\",\"requests\":1},{\"requests\":2}")));

    java.util.List<ModelAnalytics> rows = client.analytics().models(QUERY).items();

    assertThat((Object) rows.get(0).aiModel()).isEqualTo(Optional.of("gpt-4o"));
    assertThat((Object) rows.get(1).aiModel()).isEqualTo(Optional.empty());
  }

  @Test
  void metadataRowWithoutItsValueReadsAsAbsent() {
    server.enqueue(json(list("{\"requests\":2}")));

    assertThat((Object) client.analytics().metadata("team", QUERY).items().get(0).metadataValue())
        .isEqualTo(Optional.empty());
  }

  @Test
  void feedbackPointWithoutItsModelReadsAsAbsent() {
    server.enqueue(json("{\"summary\":{},\"data_points\":[{\"total\":3}],\"object\":\"analytics-graph\"}"));

    assertThat((Object) client.analytics().feedbackByModel(QUERY).dataPoints().get(0).aiModel())
        .isEqualTo(Optional.empty());
  }
}
