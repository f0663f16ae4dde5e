package org.hezuo.api.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The birth date encoded in {@code idNumber} equals {@code birthDate} (on Student and Trainee).
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE})
@Constraint(validatedBy = IdMatchesBirthDateValidator.class)
public @interface IdMatchesBirthDate {
  /**
   * The message in Chinese.
   *
   * @return the message
   */
  String message() default "身份证号码中的出生日期与所填出生日期不一致";

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
