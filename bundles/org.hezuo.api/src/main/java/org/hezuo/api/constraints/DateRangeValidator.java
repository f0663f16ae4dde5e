package org.hezuo.api.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Method;
import java.time.LocalDate;

/** Checks that the end date is not before the start date; reported on the end-date property. */
public class DateRangeValidator implements ConstraintValidator<DateRange, Object> {
  private String start;
  private String end;
  // the getters of the last class checked (a validator serves one annotated class, or its subclasses)
  private volatile Getters getters;

  private record Getters(Class<?> type, Method start, Method end) {}

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
    Getters g = getters;
    if (g == null || g.type() != value.getClass()) {
      g = new Getters(value.getClass(), getter(value.getClass(), start), getter(value.getClass(), end));
      getters = g;
    }
    LocalDate from = read(value, g.start(), start);
    LocalDate to = read(value, g.end(), end);
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

  private static Method getter(Class<?> type, String property) {
    String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    try {
      return type.getMethod(getter);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("@DateRange names no LocalDate property " + property, e);
    }
  }

  private static LocalDate read(Object bean, Method getter, String property) {
    try {
      return (LocalDate) getter.invoke(bean);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("@DateRange names no LocalDate property " + property, e);
    }
  }
}
