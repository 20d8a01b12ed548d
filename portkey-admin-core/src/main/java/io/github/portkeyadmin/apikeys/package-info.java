/**
 * API keys of the organisation and its workspaces, as listed by {@link
 * io.github.portkeyadmin.PortkeyAdminClient#apiKeys()}. Key values are masked by the server.
 */
@PortkeyStyle
package io.github.portkeyadmin.apikeys;

import io.github.portkeyadmin.internal.PortkeyStyle;
