package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.portkeyadmin.analytics.AnalyticsGroupRow;
import io.github.portkeyadmin.analytics.CacheHitRateAnalytics;
import io.github.portkeyadmin.analytics.CacheLatencyAnalytics;
import io.github.portkeyadmin.analytics.CacheSummaryAnalytics;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.CountAnalytics;
import io.github.portkeyadmin.analytics.ErrorRateAnalytics;
import io.github.portkeyadmin.analytics.ErrorStackAnalytics;
import io.github.portkeyadmin.analytics.FeedbackModelAnalytics;
import io.github.portkeyadmin.analytics.FeedbackScoreAnalytics;
import io.github.portkeyadmin.analytics.LatencyAnalytics;
import io.github.portkeyadmin.analytics.MetadataAnalytics;
import io.github.portkeyadmin.analytics.ModelAnalytics;
import io.github.portkeyadmin.analytics.RequestAnalytics;
import io.github.portkeyadmin.analytics.RequestsPerUserAnalytics;
import io.github.portkeyadmin.analytics.RescuedAnalytics;
import io.github.portkeyadmin.analytics.StatusCodeAnalytics;
import io.github.portkeyadmin.analytics.TokenAnalytics;
import io.github.portkeyadmin.analytics.UserAnalytics;
import io.github.portkeyadmin.analytics.WeightedFeedbackAnalytics;
import io.github.portkeyadmin.apikeys.ApiKey;
import io.github.portkeyadmin.logexports.LogExport;
import io.github.portkeyadmin.providers.Provider;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import io.github.portkeyadmin.workspaces.Workspace;
import io.github.portkeyadmin.workspaces.WorkspaceDetails;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;
import retrofit2.http.Url;

/** The Admin API endpoints, relative to a base URL ending in {@code /v1/}. */
public interface PortkeyAdminApi {
  @GET("analytics/graphs/cost")
  @Operation("analytics.cost")
  Call<CostAnalytics> cost(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/requests")
  @Operation("analytics.requests")
  Call<RequestAnalytics> requests(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/tokens")
  @Operation("analytics.tokens")
  Call<TokenAnalytics> tokens(@QueryMap Map<String, String> query);

  @GET("analytics/groups/users")
  @Operation("analytics.users")
  Call<ListEnvelope<UserAnalytics>> users(@QueryMap Map<String, String> query);

  @GET("analytics/groups/ai-models")
  @Operation("analytics.models")
  Call<ListEnvelope<ModelAnalytics>> models(@QueryMap Map<String, String> query);

  @GET("admin/workspaces")
  @Operation("workspaces.list")
  Call<ListEnvelope<Workspace>> workspaces(@QueryMap Map<String, String> query);

  @GET("virtual-keys")
  @Operation("virtualKeys.list")
  Call<ListEnvelope<VirtualKey>> virtualKeys(
      @Query("current_page") int page, @Query("page_size") int pageSize);

  @GET("logs/exports")
  @Operation("logExports.list")
  Call<ListEnvelope<LogExport>> logExports(@Query("workspace_id") @Nullable String workspaceId);

  @GET("analytics/graphs/latency")
  @Operation("analytics.latency")
  Call<LatencyAnalytics> latency(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/users")
  @Operation("analytics.activeUsers")
  Call<CountAnalytics> activeUsers(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/users/requests")
  @Operation("analytics.requestsPerUser")
  Call<RequestsPerUserAnalytics> requestsPerUser(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/errors")
  @Operation("analytics.errors")
  Call<CountAnalytics> errors(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/errors/rate")
  @Operation("analytics.errorRate")
  Call<ErrorRateAnalytics> errorRate(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/errors/stacks")
  @Operation("analytics.errorStacks")
  Call<ErrorStackAnalytics> errorStacks(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/errors/status-codes")
  @Operation("analytics.errorStatusCodes")
  Call<StatusCodeAnalytics> errorStatusCodes(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/requests/rescued")
  @Operation("analytics.rescuedRequests")
  Call<RescuedAnalytics> rescuedRequests(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/cache/hit-rate")
  @Operation("analytics.cacheHitRate")
  Call<CacheHitRateAnalytics> cacheHitRate(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/cache/latency")
  @Operation("analytics.cacheLatency")
  Call<CacheLatencyAnalytics> cacheLatency(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/feedbacks")
  @Operation("analytics.feedbacks")
  Call<CountAnalytics> feedbacks(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/feedbacks/scores")
  @Operation("analytics.feedbackScores")
  Call<FeedbackScoreAnalytics> feedbackScores(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/feedbacks/weighted")
  @Operation("analytics.weightedFeedback")
  Call<WeightedFeedbackAnalytics> weightedFeedback(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/feedbacks/ai-models")
  @Operation("analytics.feedbackByModel")
  Call<FeedbackModelAnalytics> feedbackByModel(@QueryMap Map<String, String> query);

  @GET("analytics/summary/cache")
  @Operation("analytics.cacheSummary")
  Call<CacheSummaryAnalytics> cacheSummary(@QueryMap Map<String, String> query);

  @GET("analytics/groups/metadata/{metadataKey}")
  @Operation("analytics.metadata")
  Call<ListEnvelope<MetadataAnalytics>> metadata(
      @Path("metadataKey") String metadataKey, @QueryMap Map<String, String> query);

  @GET("analytics/groups/provider")
  @Operation("analytics.groupByProvider")
  Call<ListEnvelope<AnalyticsGroupRow>> groupByProvider(@QueryMap Map<String, String> query);

  @GET("analytics/groups/workspace")
  @Operation("analytics.groupByWorkspace")
  Call<ListEnvelope<AnalyticsGroupRow>> groupByWorkspace(@QueryMap Map<String, String> query);

  @GET("admin/workspaces/{workspaceId}")
  @Operation("workspaces.get")
  Call<WorkspaceDetails> workspace(@Path("workspaceId") String workspaceId);

  @GET("virtual-keys/{slug}")
  @Operation("virtualKeys.get")
  Call<VirtualKey> virtualKey(@Path("slug") String slug);

  @GET("providers")
  @Operation("providers.list")
  Call<ListEnvelope<Provider>> providers(@QueryMap Map<String, String> query);

  @GET("logs/exports/{exportId}")
  @Operation("logExports.get")
  Call<LogExport> logExport(@Path("exportId") String exportId);

  @GET("logs/exports/{exportId}/download")
  @Operation("logExports.downloadUrl")
  Call<ExportDownload> logExportDownload(@Path("exportId") String exportId);

  @GET("api-keys")
  @Operation("apiKeys.list")
  Call<ListEnvelope<ApiKey>> apiKeys(@QueryMap Map<String, String> query);

  @GET
  @Operation("raw.get")
  Call<JsonNode> raw(@Url String path, @QueryMap Map<String, String> query);
}
