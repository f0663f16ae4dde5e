package org.hezuo.api.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The Chinese name of a model field, used in error messages, forms and template field lists.
 */
@Documented
@Retention(RUNTIME)
@Target(FIELD)
public @interface Label {
  /**
   * The Chinese name.
   *
   * @return the name shown to users
   */
  String value();
}
