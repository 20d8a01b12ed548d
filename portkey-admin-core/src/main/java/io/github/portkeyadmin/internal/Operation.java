package io.github.portkeyadmin.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The public name of an endpoint's call, {@code service.method} as a user writes it ({@code
 * analytics.cost}), reported in call events. Retrofit ignores it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Operation {
  /**
   * The name.
   *
   * @return e.g. {@code workspaces.get}
   */
  String value();
}
