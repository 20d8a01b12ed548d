/**
 * Log export jobs. Read with {@link io.github.portkeyadmin.PortkeyAdminClient#logExports()}.
 */
@PortkeyStyle
package io.github.portkeyadmin.logexports;

import io.github.portkeyadmin.internal.PortkeyStyle;
