package io.github.portkeyadmin.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the SDK's models, applied on each model package's {@code
 * package-info.java}.
 *
 * <p>{@code allowedClasspathAnnotations} keeps {@code @Generated} out of generated code, so a
 * consumer compiling with {@code -Xlint:all -Werror} is not broken by it. A required attribute
 * left unset fails {@code build()} with a {@link MissingAttributesException} (an {@code
 * IllegalArgumentException}) that names each one and how to set it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false),
    throwForInvalidImmutableState = MissingAttributesException.class)
public @interface PortkeyStyle {}
