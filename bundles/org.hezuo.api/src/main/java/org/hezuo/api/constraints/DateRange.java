package org.hezuo.api.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The end date is not before the start date (both optional).
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE})
@Constraint(validatedBy = DateRangeValidator.class)
public @interface DateRange {
  /**
   * The message in Chinese.
   *
   * @return the message
   */
  String message() default "结束日期不能早于开始日期";

  /**
   * Validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * Name of the start-date property.
   *
   * @return the property
   */
  String start();

  /**
   * Name of the end-date property.
   *
   * @return the property
   */
  String end();
}
