package io.github.portkeyadmin.analytics;

import io.github.portkeyadmin.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The parameters of an analytics call: the workspace and time range (both required) and the
 * optional filters of Portkey's analytics endpoints, in typed form.
 *
 * <pre>{@code
 * AnalyticsQuery query = AnalyticsQuery.builder()
 *     .workspaceSlug("ws-prod")
 *     .timeRange(TimeRange.lastDays(30))
 *     .addModel("openai", "gpt-4o")          // ai_org_model=openai__gpt-4o
 *     .addStatusCodes(200, 429)              // status_code=200,429
 *     .putMetadata("team", "search")         // metadata={"team":"search"}
 *     .costMinCents(new BigDecimal("0.5"))   // cost_min=0.5
 *     .build();
 * }</pre>
 *
 * <p>List filters are sent comma-separated and each add call appends; ranges are inclusive. {@link
 * #page()} and {@link #pageSize()} apply to the grouped calls ({@code users}, {@code models}) only;
 * the graph calls ignore them. Defaults: no filters, the server's paging.
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} naming the parameter and the fix when
 * a required value is missing, a value is blank or out of range, or a minimum exceeds its maximum.
 */
@Value.Immutable
public abstract class AnalyticsQuery {
  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnalyticsQuery}; not thread-safe. */
  public static final class Builder extends ImmutableAnalyticsQuery.Builder {
    Builder() {}

    /**
     * Adds a provider and model to filter on, sent as {@code ai_org_model=provider__model}. The
     * server splits that at the first {@code __}, so the provider may not contain {@code __} or
     * end in {@code _} (its boundary would be lost: {@code open__ai} would read as provider {@code
     * open}); the model may contain {@code __} ({@code azure__gpt__mini} is provider {@code azure},
     * model {@code gpt__mini}) but must have a name: blank or only underscores is refused.
     *
     * @param provider the provider's slug, e.g. {@code openai}
     * @param model the model, e.g. {@code gpt-4o}
     * @return this builder
     * @throws IllegalArgumentException if the provider is blank, contains {@code __} or ends in
     *     {@code _}, or the model is blank or only underscores, saying why
     * @throws NullPointerException if either is null
     */
    public Builder addModel(String provider, String model) {
      QueryChecks.requireProvider(provider);
      QueryChecks.requireModel(model);
      return addModels(provider + QueryChecks.MODEL_SEPARATOR + model);
    }
  }

  /**
   * The workspace slug ({@code workspace_slug}). Required by the API; ignored by the server for
   * workspace API keys.
   *
   * @return the slug
   */
  public abstract String workspaceSlug();

  /**
   * The window ({@code time_of_generation_min}, {@code time_of_generation_max}). Required.
   *
   * @return the range
   */
  public abstract TimeRange timeRange();

  /**
   * Provider and model pairs as {@code provider__model} ({@code ai_org_model}). Prefer {@link
   * AnalyticsQuery.Builder#addModel(String, String)}.
   *
   * @return the pairs
   */
  public abstract List<String> models();

  /**
   * Response status codes, 100 to 599 ({@code status_code}).
   *
   * @return the codes
   */
  public abstract List<Integer> statusCodes();

  /**
   * Metadata key/value pairs the requests must carry, sent as a JSON object ({@code metadata}).
   *
   * @return the pairs, in insertion order
   */
  public abstract Map<String, String> metadata();

  /**
   * Virtual key slugs ({@code virtual_keys}).
   *
   * @return the slugs
   */
  public abstract List<String> virtualKeys();

  /**
   * Config slugs ({@code configs}).
   *
   * @return the slugs
   */
  public abstract List<String> configs();

  /**
   * API key UUIDs ({@code api_key_ids}).
   *
   * @return the ids
   */
  public abstract List<String> apiKeyIds();

  /**
   * Trace ids ({@code trace_id}).
   *
   * @return the ids
   */
  public abstract List<String> traceIds();

  /**
   * Span ids ({@code span_id}).
   *
   * @return the ids
   */
  public abstract List<String> spanIds();

  /**
   * Prompt slugs ({@code prompt_slug}).
   *
   * @return the slugs
   */
  public abstract List<String> promptSlugs();

  /**
   * Minimum request cost in US cents ({@code cost_min}), at least 0.
   *
   * @return the minimum, or empty
   */
  public abstract Optional<BigDecimal> costMinCents();

  /**
   * Maximum request cost in US cents ({@code cost_max}), at least 0.
   *
   * @return the maximum, or empty
   */
  public abstract Optional<BigDecimal> costMaxCents();

  /**
   * Minimum total tokens of a request ({@code total_units_min}), at least 0.
   *
   * @return the minimum, or empty
   */
  public abstract OptionalLong totalTokensMin();

  /**
   * Maximum total tokens of a request ({@code total_units_max}), at least 0.
   *
   * @return the maximum, or empty
   */
  public abstract OptionalLong totalTokensMax();

  /**
   * Minimum prompt tokens ({@code prompt_token_min}), at least 0.
   *
   * @return the minimum, or empty
   */
  public abstract OptionalLong promptTokensMin();

  /**
   * Maximum prompt tokens ({@code prompt_token_max}), at least 0.
   *
   * @return the maximum, or empty
   */
  public abstract OptionalLong promptTokensMax();

  /**
   * Minimum completion tokens ({@code completion_token_min}), at least 0.
   *
   * @return the minimum, or empty
   */
  public abstract OptionalLong completionTokensMin();

  /**
   * Maximum completion tokens ({@code completion_token_max}), at least 0.
   *
   * @return the maximum, or empty
   */
  public abstract OptionalLong completionTokensMax();

  /**
   * Minimum weighted feedback score, -10 to 10 ({@code weighted_feedback_min}).
   *
   * @return the minimum, or empty
   */
  public abstract Optional<BigDecimal> weightedFeedbackMin();

  /**
   * Maximum weighted feedback score, -10 to 10 ({@code weighted_feedback_max}).
   *
   * @return the maximum, or empty
   */
  public abstract Optional<BigDecimal> weightedFeedbackMax();

  /**
   * The page of a grouped call, from 0 ({@code current_page}). Ignored by graph calls.
   *
   * @return the page, or empty for the first
   */
  public abstract OptionalInt page();

  /**
   * Rows per page of a grouped call, at least 1 ({@code page_size}). Ignored by graph calls.
   *
   * @return the page size, or empty for the server's default
   */
  public abstract OptionalInt pageSize();

  /**
   * Validates the whole query; called by {@code build()}.
   *
   * @throws IllegalArgumentException naming the parameter and the fix
   */
  @Value.Check
  protected void check() {
    Checks.requireNonBlank(workspaceSlug(), "workspaceSlug",
        "pass the slug shown in the Portkey app's workspace settings, e.g. ws-prod-1a2b3c");
    QueryChecks.requireCsvSafe(models(), "models");
    models().forEach(QueryChecks::requireModelPair);
    statusCodes().forEach(QueryChecks::requireStatusCode);
    metadata().keySet().forEach(key -> Checks.requireNonBlank(key, "metadata key", "drop the entry"));
    QueryChecks.requireCsvSafe(virtualKeys(), "virtualKeys");
    QueryChecks.requireCsvSafe(configs(), "configs");
    QueryChecks.requireCsvSafe(apiKeyIds(), "apiKeyIds");
    QueryChecks.requireCsvSafe(traceIds(), "traceIds");
    QueryChecks.requireCsvSafe(spanIds(), "spanIds");
    QueryChecks.requireCsvSafe(promptSlugs(), "promptSlugs");
    QueryChecks.requireDecimalRange(
        costMinCents(), costMaxCents(), QueryChecks.NON_NEGATIVE, "costMinCents", "costMaxCents");
    QueryChecks.requireCountRange(totalTokensMin(), totalTokensMax(), "totalTokens");
    QueryChecks.requireCountRange(promptTokensMin(), promptTokensMax(), "promptTokens");
    QueryChecks.requireCountRange(completionTokensMin(), completionTokensMax(), "completionTokens");
    QueryChecks.requireDecimalRange(weightedFeedbackMin(), weightedFeedbackMax(),
        QueryChecks.FEEDBACK_SCORE, "weightedFeedbackMin", "weightedFeedbackMax");
    QueryChecks.requirePaging(page(), pageSize());
  }
}
