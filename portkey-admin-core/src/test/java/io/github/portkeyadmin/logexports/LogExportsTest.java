package io.github.portkeyadmin.logexports;

import static io.github.portkeyadmin.support.Fixtures.json;
import static io.github.portkeyadmin.support.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.support.ClientTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /logs/exports}: exact requests, spec and live bodies, and workspace validation. */
class LogExportsTest extends ClientTest {
  private static final String PATH = "/v1/logs/exports";

  private List<LogExport> listFixture(String name) {
    server.enqueue(json(read(getClass(), name)));
    return client.logExports().list();
  }

  @Test
  void listSendsNoQueryAndTheKey() throws Exception {
    listFixture("list-empty.json");

    assertThat(takeGetWithKey().getTarget()).isEqualTo(PATH);
  }

  @Test
  void listForWorkspaceSendsWorkspaceId() throws Exception {
    server.enqueue(json(read(getClass(), "list-empty.json")));

    client.logExports().list("ws-1");

    assertThat(takeGetWithKey().getTarget()).isEqualTo(PATH + "?workspace_id=ws-1");
  }

  @Test
  void emptyListReadsAsEmpty() {
    assertThat(listFixture("list-empty.json")).isEmpty();
  }

  @Test
  void specShapedExportReadsEveryRequiredField() {
    LogExport export = listFixture("list-spec.json").get(0);

    assertThat(export.id()).isEqualTo("8c5e3f4a-1b2d-4e6f-9a0b-1c2d3e4f5a6b");
    assertThat(export.organisationId()).contains("02dc3530-8fba-409d-9d39-9d90a345a0bf");
    assertThat(export.workspaceId()).contains("bf276bb9-4cef-4d87-b69b-b23a6ed6b1dd");
    assertThat(export.createdBy()).contains("66dc015d-0270-11f1-8eec-0e27d7367989");
    assertThat(export.description()).contains("July spend audit");
    assertThat(export.status().value()).isEqualTo(LogExportStatus.SUCCESS);
    assertThat(export.createdAt()).contains(Instant.parse("2024-07-30T13:27:29Z"));
    assertThat(export.lastUpdatedAt()).contains(Instant.parse("2024-07-30T13:31:02Z"));
    assertThat(export.totalRecords()).isEmpty();
  }

  @Test
  void specShapedExportKeepsRequestedDataOrderAndFilterValues() {
    LogExport export = listFixture("list-spec.json").get(0);

    assertThat(export.requestedData())
        .containsExactly("id", "trace_id", "created_at", "ai_model", "cost", "cost_currency");
    assertThat(export.filters())
        .containsEntry("time_of_generation_min", "2024-07-01T00:00:00.000Z")
        .containsEntry("ai_org_model", "openai__gpt-3.5-turbo, anthropic__claude-2.1")
        .containsEntry("page_size", 50000)
        .containsEntry("current_page", 0)
        .containsKey("cost_min");
    assertThat(((Number) export.filters().get("cost_min")).doubleValue()).isEqualTo(0.5);
  }

  @Test
  void queuedStatusIsUnknownAndKeepsRawValue() {
    LogExport export = listFixture("list-live.json").get(0);

    assertThat(export.status().value()).isEqualTo(LogExportStatus.UNKNOWN);
    assertThat(export.status().raw()).isEqualTo("queued");
    assertThat(export.status().isKnown()).isFalse();
  }

  @Test
  void liveExportReadsTotalRecordsFiltersRequestedDataAndZonelessDate() {
    LogExport export = listFixture("list-live.json").get(0);

    assertThat(export.id()).isEqualTo("3f9d2c1b-7a6e-4d5c-8b4a-2e1f0d9c8b7a");
    assertThat(export.description()).contains("Nightly export");
    assertThat(export.totalRecords()).hasValue(1234);
    assertThat(export.requestedData()).containsExactly("id", "request", "response", "total_units");
    assertThat(export.filters())
        .containsEntry("time_of_generation_min", "2026-02-01T00:00:00+05:30")
        .containsEntry("status_code", "200,429")
        .containsEntry("metadata", Map.of("team", "search"));
    assertThat(export.createdAt()).contains(Instant.parse("2026-02-02T01:00:00Z"));
    assertThat(export.lastUpdatedAt()).contains(Instant.parse("2026-02-02T01:00:05Z"));
  }

  @Test
  void liveExportReadsJsonNullsAsEmpty() {
    LogExport export = listFixture("list-live.json").get(1);

    assertThat(export.status().value()).isEqualTo(LogExportStatus.UNKNOWN);
    assertThat(export.status().raw()).isEmpty();
    assertThat(export.description()).isEmpty();
    assertThat(export.totalRecords()).isEmpty();
    assertThat(export.filters()).isEmpty();
    assertThat(export.requestedData()).isEmpty();
    assertThat(export.lastUpdatedAt()).isEmpty();
  }

  @Test
  void knownStatusesAndZeroRecordsReadAsSent() {
    LogExport export = listFixture("list-live.json").get(2);

    assertThat(export.status().value()).isEqualTo(LogExportStatus.IN_PROGRESS);
    assertThat(export.status().raw()).isEqualTo("in_progress");
    assertThat(export.totalRecords()).hasValue(0);
    assertThat(export.filters()).isEmpty();
    assertThat(export.requestedData()).isEmpty();
  }

  @Test
  void exportWithoutIdIsMalformedResponse() {
    server.enqueue(json(read(getClass(), "list-missing-id.json")));

    assertThatThrownBy(() -> client.logExports().list())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("GET /v1/logs/exports");
  }

  @Test
  void blankWorkspaceIdIsRejectedBeforeSending() {
    assertThatThrownBy(() -> client.logExports().list(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workspaceId");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void emptyWorkspaceIdIsRejectedBeforeSending() {
    assertThatThrownBy(() -> client.logExports().list(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workspaceId");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void nullWorkspaceIdIsRejectedBeforeSending() {
    assertThatThrownBy(() -> client.logExports().list(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("workspaceId");
    assertThat(server.getRequestCount()).isZero();
  }
}
