/**
 * Virtual keys: Portkey's stored provider credentials with their budgets, rate limits and expiry. Read with {@link io.github.portkeyadmin.PortkeyAdminClient#virtualKeys()}.
 */
@PortkeyStyle
package io.github.portkeyadmin.virtualkeys;

import io.github.portkeyadmin.internal.PortkeyStyle;
