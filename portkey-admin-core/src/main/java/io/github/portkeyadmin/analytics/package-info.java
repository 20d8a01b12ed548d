/**
 * Analytics: cost, request and token graphs over a {@link io.github.portkeyadmin.analytics.TimeRange},
 * and per-user and per-model summaries, filtered by an {@link
 * io.github.portkeyadmin.analytics.AnalyticsQuery}. Read with {@link
 * io.github.portkeyadmin.PortkeyAdminClient#analytics()}.
 *
 * <p>Costs are in US cents, as {@link java.math.BigDecimal} because Portkey reports fractional
 * cents; each cost has a {@code ...Dollars()} companion. Graph timestamps are the UTC start of each
 * bucket.
 */
@PortkeyStyle
package io.github.portkeyadmin.analytics;

import io.github.portkeyadmin.internal.PortkeyStyle;
