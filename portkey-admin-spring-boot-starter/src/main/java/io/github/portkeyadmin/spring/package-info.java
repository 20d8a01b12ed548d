/**
 * Spring Boot auto-configuration for the Portkey Admin API client: one {@link
 * io.github.portkeyadmin.PortkeyAdminClient} bean from {@code portkey.admin.*} properties ({@link
 * io.github.portkeyadmin.spring.PortkeyAdminProperties}), builder settings no property covers
 * through {@link io.github.portkeyadmin.spring.PortkeyAdminClientCustomizer} beans, Micrometer
 * timers when Micrometer is present, and an opt-in health indicator.
 */
@NullMarked
package io.github.portkeyadmin.spring;

import org.jspecify.annotations.NullMarked;
