package org.hezuo.api.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * Date and number helpers for rule files, counting boundaries the way the law does (民法典第一千二百五十九条:
 * 以上、以下、不超过 include the number; 不满、超过 exclude it).
 */
public final class Calc {
  private Calc() {}

  /**
   * Whether a person is 未满 {@code years} 周岁 on a day.
   *
   * @param birth date of birth
   * @param on the day
   * @param years the age
   * @param boundary {@code birthday} (the age is reached on the birthday, default) or {@code
   *     day-after} (reached the day after, the criminal-law convention)
   * @return true when the person has not yet reached the age
   */
  public static boolean underAge(LocalDate birth, LocalDate on, int years, String boundary) {
    LocalDate reached = birth.plusYears(years);
    if ("day-after".equals(boundary)) {
      reached = reached.plusDays(1);
    }
    return on.isBefore(reached);
  }

  /**
   * Age in whole years on a day (the birthday counts).
   *
   * @param birth date of birth
   * @param on the day
   * @return completed years
   */
  public static int age(LocalDate birth, LocalDate on) {
    return (int) ChronoUnit.YEARS.between(birth, on);
  }

  /**
   * Days from start to end, both included.
   *
   * @param start first day
   * @param end last day
   * @return the number of days, 0 if end is before start
   */
  public static long days(LocalDate start, LocalDate end) {
    return Math.max(0, ChronoUnit.DAYS.between(start, end) + 1);
  }

  /**
   * Days of [start, end] that fall within [from, to], both ranges inclusive.
   *
   * @param start first day of the period
   * @param end last day of the period
   * @param from first day of the window
   * @param to last day of the window
   * @return overlapping days
   */
  public static long daysWithin(LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
    LocalDate a = start.isAfter(from) ? start : from;
    LocalDate b = end.isBefore(to) ? end : to;
    return days(a, b);
  }

  /**
   * Whether a shift overlaps a night window; both may wrap past midnight.
   *
   * @param shiftStart shift start
   * @param shiftEnd shift end (before start means the next day)
   * @param nightStart window start, e.g. 22:00
   * @param nightEnd window end, e.g. 06:00
   * @return true when any minute of the shift is inside the window
   */
  public static boolean overlapsWindow(
      LocalTime shiftStart, LocalTime shiftEnd, LocalTime nightStart, LocalTime nightEnd) {
    int s = shiftStart.toSecondOfDay() / 60;
    int e = shiftEnd.toSecondOfDay() / 60;
    if (e <= s) {
      e += 24 * 60;
    }
    int ns = nightStart.toSecondOfDay() / 60;
    int ne = nightEnd.toSecondOfDay() / 60;
    if (ne <= ns) {
      ne += 24 * 60;
    }
    // compare against the window today and shifted by a day either way
    for (int shift = -24 * 60; shift <= 24 * 60; shift += 24 * 60) {
      if (s < ne + shift && ns + shift < e) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code count} is more than {@code percent}% of {@code total} (不超过 includes the limit).
   *
   * @param count the count
   * @param total the total
   * @param percent the limit in percent
   * @return true when count × 100 &gt; total × percent
   */
  public static boolean exceedsPercent(long count, long total, BigDecimal percent) {
    return BigDecimal.valueOf(count)
            .multiply(BigDecimal.valueOf(100))
            .compareTo(BigDecimal.valueOf(total).multiply(percent))
        > 0;
  }

  /**
   * {@code part / whole × 100}, two decimals; 0 when whole is 0.
   *
   * @param part the part
   * @param whole the whole
   * @return the percentage
   */
  public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole == null || whole.signum() == 0 || part == null) {
      return BigDecimal.ZERO.setScale(2);
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
  }

  /**
   * {@code value × percent / 100}, rounded to 分 (two decimals).
   *
   * @param value the amount
   * @param percent the percentage
   * @return the share
   */
  public static BigDecimal share(BigDecimal value, BigDecimal percent) {
    return value.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  /**
   * Null-safe sum of amounts.
   *
   * @param values amounts, nulls count as zero
   * @return the sum
   */
  public static BigDecimal sum(BigDecimal... values) {
    BigDecimal s = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      if (v != null) {
        s = s.add(v);
      }
    }
    return s;
  }

  /**
   * Null-safe: a Boolean that is exactly true.
   *
   * @param b the value
   * @return true only for {@code Boolean.TRUE}
   */
  public static boolean yes(Boolean b) {
    return Boolean.TRUE.equals(b);
  }

  /**
   * Null-safe: a Boolean that is exactly false (unknown is neither yes nor no).
   *
   * @param b the value
   * @return true only for {@code Boolean.FALSE}
   */
  public static boolean no(Boolean b) {
    return Boolean.FALSE.equals(b);
  }
}
