/**
 * Providers, Portkey's successor to virtual keys. Read with {@link
 * io.github.portkeyadmin.PortkeyAdminClient#providers()}.
 */
@PortkeyStyle
package io.github.portkeyadmin.providers;

import io.github.portkeyadmin.internal.PortkeyStyle;
