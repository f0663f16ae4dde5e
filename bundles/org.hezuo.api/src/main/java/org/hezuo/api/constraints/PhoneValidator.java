package org.hezuo.api.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Accepts a mainland mobile number, a landline with area code, or a 400/800 service number. */
public class PhoneValidator implements ConstraintValidator<Phone, String> {
  private static final Pattern PHONE =
      Pattern.compile("(\\+?86[- ]?)?1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?|[48]00-?\\d{3}-?\\d{4}");

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || PHONE.matcher(value.trim()).matches();
  }
}
