package org.hezuo.api.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.hezuo.api.model.Student;
import org.hezuo.api.model.Trainee;

/**
 * Compares the birth date inside a valid ID number with the stated one; reported on {@code
 * birthDate}. A malformed ID number is left to {@link ResidentId}.
 */
public class IdMatchesBirthDateValidator implements ConstraintValidator<IdMatchesBirthDate, Object> {

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    String id;
    LocalDate birth;
    if (value instanceof Student s) {
      id = s.getIdNumber();
      birth = s.getBirthDate();
    } else if (value instanceof Trainee t) {
      id = t.getIdNumber();
      birth = t.getBirthDate();
    } else {
      return true;
    }
    if (id == null || birth == null || !ResidentIdValidator.isValid(id)) {
      return true;
    }
    if (birth.equals(ResidentIdValidator.birthDate(id))) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("birthDate")
        .addConstraintViolation();
    return false;
  }
}
