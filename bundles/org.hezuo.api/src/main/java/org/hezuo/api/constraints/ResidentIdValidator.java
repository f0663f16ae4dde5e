package org.hezuo.api.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Checks an 18-digit 居民身份证号码 against GB 11643-1999: digits, a real birth date in positions
 * 7–14, and the ISO 7064 MOD 11-2 check character (0–9 or X).
 */
public class ResidentIdValidator implements ConstraintValidator<ResidentId, String> {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isValid(value);
  }

  /**
   * Whether an ID number is valid.
   *
   * @param id the number
   * @return true when valid
   */
  public static boolean isValid(String id) {
    if (id.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    char last = Character.toUpperCase(id.charAt(17));
    LocalDate birth = birthDate(id);
    return CHECK.charAt(sum % 11) == last
        && birth != null
        && birth.getYear() >= 1900
        && !birth.isAfter(LocalDate.now());
  }

  /**
   * The birth date encoded in an ID number.
   *
   * @param id the number (at least 14 characters)
   * @return the date, or null when the digits are not a real date
   */
  public static LocalDate birthDate(String id) {
    try {
      int y = Integer.parseInt(id.substring(6, 10));
      int m = Integer.parseInt(id.substring(10, 12));
      int d = Integer.parseInt(id.substring(12, 14));
      return LocalDate.of(y, m, d);
    } catch (NumberFormatException | DateTimeException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  /**
   * Computes the check character for the first 17 digits.
   *
   * @param first17 the first 17 digits
   * @return the check character
   * @throws IllegalArgumentException if fewer than 17 characters are given
   */
  public static char checkCharacter(String first17) {
    if (first17 == null || first17.length() < 17) {
      throw new IllegalArgumentException("need the first 17 digits");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }
}
