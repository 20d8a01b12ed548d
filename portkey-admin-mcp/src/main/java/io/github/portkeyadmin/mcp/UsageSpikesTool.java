package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Schema.number;
import static io.github.portkeyadmin.mcp.Schema.type;

import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CountAnalytics;
import io.github.portkeyadmin.analytics.RequestAnalytics;
import io.github.portkeyadmin.analytics.TokenAnalytics;
import io.github.portkeyadmin.insights.BucketCheck;
import io.github.portkeyadmin.insights.SpikeDetector;
import io.github.portkeyadmin.insights.SpikeReport;
import java.util.List;
import java.util.Map;

/**
 * {@code detect_usage_spikes}: prompt 2 in one call. Request, token and error-rate spikes of a
 * range by {@link SpikeDetector}, from the requests, errors and tokens graphs of one query.
 */
final class UsageSpikesTool {
  static final String NAME = "detect_usage_spikes";
  private static final int DEFAULT_DAYS = 7;
  private static final int MAX_LISTED = 50;

  private UsageSpikesTool() {}

  static ToolSpec spec(ToolContext context) {
    return new ToolSpec(NAME, "Detect Usage Spikes",
        "Answers \"flag unusual spikes or error rates\": time buckets whose requests, tokens or"
            + " error rate stand out (modified z-score above the threshold), with totals and the"
            + " overall error rate. Default range: last 7 days.",
        AnalyticsArgs.range(DEFAULT_DAYS).addAll(AnalyticsArgs.filters())
            .add("threshold", number("Modified z-score above which a bucket is a spike"
                + " (default 3.5)", 0.5, 100))
            .object(),
        Formats.analyticsFields()
            .add("buckets", type("integer"))
            .add("requests", reportFields().openObject())
            .add("tokens", reportFields().openObject())
            .add("error_rate", Schema.properties()
                .add("status", type("string"))
                .add("reason", type("string"))
                .add("total_errors", type("integer"))
                .add("overall_percent", type("number"))
                .add("spikes", Schema.arrayOf(Schema.properties()
                    .add("timestamp", type("string"))
                    .add("errors", type("integer"))
                    .add("requests", type("integer"))
                    .add("rate_percent", type("number"))))
                .openObject())
            .openObject("requests", "tokens", "error_rate"),
        args -> run(context, args));
  }

  private static Schema reportFields() {
    return Schema.properties()
        .add("status", type("string"))
        .add("reason", type("string"))
        .add("total", type("integer"))
        .add("median", type("number"))
        .add("spikes", Schema.arrayOf(Schema.properties()
            .add("timestamp", type("string"))
            .add("value", type("integer"))
            .add("score", type("number"))));
  }

  private static ToolOutput run(ToolContext context, Args args) {
    AnalyticsQuery query = AnalyticsArgs.query(args, context, DEFAULT_DAYS).build();
    SpikeDetector detector = args.decimal("threshold")
        .map(threshold -> SpikeDetector.defaults().withThreshold(threshold.doubleValue()))
        .orElse(SpikeDetector.defaults());
    RequestAnalytics requests = context.client().analytics().requests(query);
    CountAnalytics errors = context.client().analytics().errors(query);
    TokenAnalytics tokens = context.client().analytics().tokens(query);
    SpikeReport requestReport = detector.requests(requests, errors);
    SpikeReport tokenReport = detector.tokens(tokens);

    Map<String, Object> result = Formats.analyticsResult(query);
    result.put("buckets", requestReport.buckets().size());
    result.put("requests", report(requestReport, requests.summary().total()));
    result.put("tokens", report(tokenReport, tokens.summary().total()));
    result.put("error_rate", errorRate(requestReport, errors.summary().total()));
    String text = "Usage in " + query.workspaceSlug() + ", " + Formats.range(query.timeRange())
        + ", " + requestReport.buckets().size() + " buckets:"
        + "\n- requests (" + Formats.count(requests.summary().total()) + "): "
        + requestReport.status() + ", " + requestReport.reason()
        + "\n- tokens (" + Formats.count(tokens.summary().total()) + "): "
        + tokenReport.status() + ", " + tokenReport.reason()
        + "\n- error rate (" + Formats.count(errors.summary().total()) + " errors): "
        + requestReport.errorRateStatus() + ", " + requestReport.errorRateReason()
        + spikeLines(requestReport.spikes(), "requests")
        + spikeLines(tokenReport.spikes(), "tokens");
    return new ToolOutput(result, text);
  }

  private static Map<String, Object> report(SpikeReport report, long total) {
    Map<String, Object> fields = Schema.ordered("status", report.status().name(),
        "reason", report.reason(), "total", total, "median", report.median());
    fields.put("spikes", report.spikes().stream().limit(MAX_LISTED)
        .map(bucket -> Schema.ordered("timestamp", bucket.timestamp().toString(),
            "value", bucket.value(), "score", Math.round(bucket.score() * 100) / 100.0))
        .toList());
    return fields;
  }

  private static Map<String, Object> errorRate(SpikeReport report, long totalErrors) {
    Map<String, Object> fields = Schema.ordered("status", report.errorRateStatus().name(),
        "reason", report.errorRateReason(), "total_errors", totalErrors);
    report.overallErrorRatePercent().ifPresent(rate -> fields.put("overall_percent",
        Math.round(rate * 100) / 100.0));
    fields.put("spikes", report.errorRateSpikes().stream().limit(MAX_LISTED)
        .map(bucket -> Schema.ordered("timestamp", bucket.timestamp().toString(),
            "errors", bucket.errors().orElse(0), "requests", bucket.value(),
            "rate_percent", Math.round(bucket.errorRatePercent().orElse(0) * 100) / 100.0))
        .toList());
    return fields;
  }

  private static String spikeLines(List<BucketCheck> spikes, String noun) {
    StringBuilder lines = new StringBuilder();
    spikes.stream().limit(10).forEach(bucket -> lines.append("\n  spike in ").append(noun)
        .append(" at ").append(bucket.timestamp()).append(": ")
        .append(Formats.count(bucket.value())));
    return lines.toString();
  }
}
