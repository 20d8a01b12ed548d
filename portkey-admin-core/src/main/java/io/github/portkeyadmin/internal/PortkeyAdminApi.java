package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.ModelAnalytics;
import io.github.portkeyadmin.analytics.RequestAnalytics;
import io.github.portkeyadmin.analytics.TokenAnalytics;
import io.github.portkeyadmin.analytics.UserAnalytics;
import io.github.portkeyadmin.logexports.LogExport;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import io.github.portkeyadmin.workspaces.Workspace;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/** The Admin API endpoints, relative to a base URL ending in {@code /v1/}. */
public interface PortkeyAdminApi {
  @GET("analytics/graphs/cost")
  Call<CostAnalytics> cost(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/requests")
  Call<RequestAnalytics> requests(@QueryMap Map<String, String> query);

  @GET("analytics/graphs/tokens")
  Call<TokenAnalytics> tokens(@QueryMap Map<String, String> query);

  @GET("analytics/groups/users")
  Call<ListEnvelope<UserAnalytics>> users(@QueryMap Map<String, String> query);

  @GET("analytics/groups/ai-models")
  Call<ListEnvelope<ModelAnalytics>> models(@QueryMap Map<String, String> query);

  @GET("admin/workspaces")
  Call<ListEnvelope<Workspace>> workspaces(@QueryMap Map<String, String> query);

  @GET("virtual-keys")
  Call<ListEnvelope<VirtualKey>> virtualKeys(
      @Query("current_page") int page, @Query("page_size") int pageSize);

  @GET("logs/exports")
  Call<ListEnvelope<LogExport>> logExports(@Query("workspace_id") @Nullable String workspaceId);
}
