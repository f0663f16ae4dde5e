package org.hezuo.api.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks a 统一社会信用代码 against GB 32100-2015: 18 characters from the code set (digits and
 * capital letters without I, O, S, V, Z) and the weighted modulo-31 check character.
 */
public class CreditCodeValidator implements ConstraintValidator<CreditCode, String> {
  private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isValid(value);
  }

  /**
   * Whether a code is well formed and its check character is right.
   *
   * @param code the code, upper case
   * @return true when valid
   */
  public static boolean isValid(String code) {
    if (code.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = CHARS.indexOf(code.charAt(i));
      if (v < 0) {
        return false;
      }
      sum += v * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return CHARS.charAt(check) == code.charAt(17);
  }

  /**
   * Computes the check character for the first 17 characters of a code.
   *
   * @param first17 the first 17 characters
   * @return the check character
   * @throws IllegalArgumentException if fewer than 17 characters are given or one is outside the
   *     code set
   */
  public static char checkCharacter(String first17) {
    if (first17 == null || first17.length() < 17) {
      throw new IllegalArgumentException("need the first 17 characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = CHARS.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
      }
      sum += v * WEIGHTS[i];
    }
    return CHARS.charAt((31 - sum % 31) % 31);
  }
}
