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
  private static final int YEAR_LOADED = LocalDate.now().getYear();

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
    if (CHECK.charAt(sum % 11) != Character.toUpperCase(id.charAt(17))) {
      return false;
    }
    LocalDate birth = birthDate(id);
    if (birth == null || birth.getYear() < 1900) {
      return false;
    }
    // not in the future: a year before the one this class was loaded in is always in the past
    return birth.getYear() < YEAR_LOADED || !birth.isAfter(LocalDate.now());
  }

  /**
   * The birth date encoded in an ID number.
   *
   * @param id the number (at least 14 characters)
   * @return the date, or null when the digits are not a real date
   */
  public static LocalDate birthDate(String id) {
    if (id == null || id.length() < 14) {
      return null;
    }
    int y = digits(id, 6, 10);
    int m = digits(id, 10, 12);
    int d = digits(id, 12, 14);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The number written by the ASCII digits {@code [from, to)} of a text, as ID numbers and ISO dates
   * write their parts. Since 1.2.
   *
   * @param s the text
   * @param from the first index
   * @param to the index after the last
   * @return the number, or -1 if any character is not a digit
   */
  public static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
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
