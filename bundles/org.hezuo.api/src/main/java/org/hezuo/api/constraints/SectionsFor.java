package org.hezuo.api.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The sections a case type needs are present (e.g. a 岗位实习 case needs school, enterprise, students and placement).
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE})
@Constraint(validatedBy = SectionsForValidator.class)
public @interface SectionsFor {
  /**
   * The message in Chinese.
   *
   * @return the message
   */
  String message() default "案件缺少该类型必需的部分";

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
}
