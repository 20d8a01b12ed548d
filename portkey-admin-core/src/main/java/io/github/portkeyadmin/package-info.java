/**
 * The Portkey Admin API client. Start with {@link io.github.portkeyadmin.PortkeyAdminClient#fromEnv()}
 * or {@link io.github.portkeyadmin.PortkeyAdminClient#builder()}; listings come back as {@link
 * io.github.portkeyadmin.Page}s.
 */
package io.github.portkeyadmin;
