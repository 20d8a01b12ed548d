/**
 * Call events: a {@link io.github.portkeyadmin.events.CallListener} set with {@link
 * io.github.portkeyadmin.PortkeyAdminClient.Builder#addCallListener} is told when each call
 * starts, before each retry, and when it succeeds or fails, for metrics and tracing. Events never
 * carry the API key or a query string.
 */
@PortkeyStyle
package io.github.portkeyadmin.events;

import io.github.portkeyadmin.internal.PortkeyStyle;
