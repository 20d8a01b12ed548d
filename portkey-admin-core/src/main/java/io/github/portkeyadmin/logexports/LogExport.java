package io.github.portkeyadmin.logexports;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.OpenEnum;
import io.github.portkeyadmin.internal.AllowNulls;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A log export job: which logs (filters), which fields (requested data) and how far it got.
 *
 * <p>Only {@link #id()} is required. The lifecycle is draft, then in progress, then success;
 * failed and stopped end it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLogExport.class)
@JsonDeserialize(as = ImmutableLogExport.class)
public interface LogExport {
  /**
   * The export's UUID.
   *
   * @return the id
   */
  @JsonProperty("id")
  String id();

  /**
   * The status. {@code UNKNOWN} with an empty raw value when absent.
   *
   * @return the status
   */
  @JsonProperty("status")
  @Value.Default
  default OpenEnum<LogExportStatus> status() {
    return OpenEnum.absent(LogExportStatus.class);
  }

  /**
   * The UUID of the workspace whose logs are exported.
   *
   * @return the workspace id, or empty
   */
  @JsonProperty("workspace_id")
  Optional<String> workspaceId();

  /**
   * The UUID of the organisation.
   *
   * @return the organisation id, or empty
   */
  @JsonProperty("organisation_id")
  Optional<String> organisationId();

  /**
   * The UUID of the user who created the export.
   *
   * @return the user id, or empty
   */
  @JsonProperty("created_by")
  Optional<String> createdBy();

  /**
   * The description given at creation.
   *
   * @return the description, or empty
   */
  @JsonProperty("description")
  Optional<String> description();

  /**
   * The log fields the export contains, e.g. {@code id}, {@code cost}, {@code ai_model}.
   *
   * @return the field names, empty if none were listed
   */
  @JsonProperty("requested_data")
  List<String> requestedData();

  /**
   * The log filters of the export, as sent by the server (time range, models, cost range...).
   *
   * @return the filters, empty if none
   */
  @JsonProperty("filters")
  @AllowNulls
  Map<String, Object> filters();

  /**
   * The number of exported records, where the server reports it (not declared by the spec).
   *
   * @return the count, or empty
   */
  @JsonProperty("total_records")
  OptionalLong totalRecords();

  /**
   * When the export was created.
   *
   * @return the time, or empty
   */
  @JsonProperty("created_at")
  Optional<Instant> createdAt();

  /**
   * When the export last changed.
   *
   * @return the time, or empty
   */
  @JsonProperty("last_updated_at")
  Optional<Instant> lastUpdatedAt();
}
