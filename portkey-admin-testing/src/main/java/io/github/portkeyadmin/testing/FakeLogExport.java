package io.github.portkeyadmin.testing;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A log export job of an {@link Organisation}.
 *
 * @param id its UUID
 * @param status e.g. {@code success}, {@code in_progress}, {@code queued}, {@code failed}
 * @param description its description
 * @param createdAgo how long before now it was created
 * @param totalRecords how many records it holds, if known
 */
public record FakeLogExport(String id, String status, String description, Duration createdAgo,
    OptionalLong totalRecords) {}
