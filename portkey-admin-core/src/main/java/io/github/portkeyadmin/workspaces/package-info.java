/**
 * Workspaces of the organisation. Read with {@link io.github.portkeyadmin.PortkeyAdminClient#workspaces()}.
 */
@PortkeyStyle
package io.github.portkeyadmin.workspaces;

import io.github.portkeyadmin.internal.PortkeyStyle;
