/**
 * Budgets and rate limits, as set on virtual keys, providers and workspaces.
 *
 * <p>Units differ from analytics: a cost budget's {@link
 * io.github.portkeyadmin.limits.UsageLimits#creditLimit()} is in US dollars, while every cost in
 * {@link io.github.portkeyadmin.analytics} is in cents.
 */
@PortkeyStyle
package io.github.portkeyadmin.limits;

import io.github.portkeyadmin.internal.PortkeyStyle;
