/**
 * Answers to the questions people ask of their Portkey data, computed from the SDK's models: no
 * HTTP call is made here, so every function can be fed from {@link
 * io.github.portkeyadmin.PortkeyAdminClient} calls, from saved JSON or from test data.
 *
 * <ul>
 *   <li>{@link io.github.portkeyadmin.insights.SpendByModel}: models ranked by spend, their share,
 *       the trend between the first and second half of the range, and the total.
 *   <li>{@link io.github.portkeyadmin.insights.SpikeDetector}: buckets of a request or token series
 *       that stand out (median and MAD), and error rates per bucket.
 *   <li>{@link io.github.portkeyadmin.insights.KeyHealthCheck}: one verdict with a reason per
 *       virtual key: exhausted, expired, expiring, near its limit, or healthy.
 * </ul>
 *
 * <p><b>Units.</b> Analytics report money in US <b>cents</b>; budgets ({@link
 * io.github.portkeyadmin.limits.UsageLimits#creditLimit()} of type cost) are in US <b>dollars</b>.
 * Every name here says which: {@code ...Cents} or {@code ...Dollars}.
 *
 * <p>Every result is an immutable record, safe to share and serializable with Jackson (with the
 * {@code Jdk8Module} for its {@code Optional} values). Every function throws {@link
 * java.lang.NullPointerException} for a {@code null} argument.
 */
package io.github.portkeyadmin.insights;
