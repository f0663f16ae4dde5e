package org.hezuo.api.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Method;
import java.time.LocalDate;

/** Checks that the end date is not before the start date; reported on the end-date property. */
public class DateRangeValidator implements ConstraintValidator<DateRange, Object> {
  private String start;
  private String end;

  @Override
  public void initialize(DateRange range) {
    this.start = range.start();
    this.end = range.end();
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    LocalDate from = read(value, start);
    LocalDate to = read(value, end);
    if (from == null || to == null || !to.isBefore(from)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode(end)
        .addConstraintViolation();
    return false;
  }

  private static LocalDate read(Object bean, String property) {
    String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    try {
      Method m = bean.getClass().getMethod(getter);
      return (LocalDate) m.invoke(bean);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("@DateRange names no LocalDate property " + property, e);
    }
  }
}
