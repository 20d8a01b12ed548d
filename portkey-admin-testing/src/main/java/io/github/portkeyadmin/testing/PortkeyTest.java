package io.github.portkeyadmin.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of the annotated class against a fresh {@link PortkeyTestServer} of {@link
 * Organisation#demo()}, injecting {@link PortkeyTestServer}, {@link
 * io.github.portkeyadmin.PortkeyAdminClient} or a {@link PortkeyBaseUrl} {@code String}
 * parameters. For another organisation or one server per class, register a {@link
 * PortkeyTestServerExtension} instead.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(PortkeyTestServerExtension.class)
public @interface PortkeyTest {}
