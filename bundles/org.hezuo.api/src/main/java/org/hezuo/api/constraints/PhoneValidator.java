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
    if (value == null) {
      return true;
    }
    String v = value.trim();
    // the common case, a bare mobile number, without the regular expression
    return isBareMobile(v) || PHONE.matcher(v).matches();
  }

  private static boolean isBareMobile(String v) {
    if (v.length() != 11 || v.charAt(0) != '1' || v.charAt(1) < '3' || v.charAt(1) > '9') {
      return false;
    }
    for (int i = 2; i < 11; i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
