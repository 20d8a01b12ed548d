package io.github.portkeyadmin.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter of a test for {@link PortkeyTestServerExtension} to fill with
 * the running server's {@link PortkeyTestServer#baseUrl()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface PortkeyBaseUrl {}
