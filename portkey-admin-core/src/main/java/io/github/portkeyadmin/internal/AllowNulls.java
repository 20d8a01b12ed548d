package io.github.portkeyadmin.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a map attribute of a model hold JSON {@code null} values, as untyped objects from the server
 * do ({@code "ai_model": null} in export filters). Immutables recognises it by its simple name;
 * without it, one null value makes the whole response unreadable.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface AllowNulls {}
