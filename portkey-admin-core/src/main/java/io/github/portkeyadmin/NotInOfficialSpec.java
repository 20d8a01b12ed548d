package io.github.portkeyadmin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a call to an endpoint that Portkey documents or serves but its official OpenAPI spec does
 * not declare. Its path and response shape carry no contract: the model reads any shape, and the
 * call may change or go away with the server.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NotInOfficialSpec {
  /**
   * Where the endpoint is known from.
   *
   * @return a short source note
   */
  String value();
}
