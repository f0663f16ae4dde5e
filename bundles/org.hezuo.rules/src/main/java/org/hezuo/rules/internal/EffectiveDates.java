package org.hezuo.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Rule metadata {@code @effective("2027-01-01")} and {@code @expires("2027-12-31")}: a rule fires
 * only for cases judged as of a day inside [effective, expires), so a case can be evaluated "as of"
 * a past or future date with the rules valid then. (Drools' own {@code date-effective} attributes
 * follow the wall clock instead and are not used for policy dates.)
 */
final class EffectiveDates implements AgendaFilter {
  private final LocalDate asOf;

  EffectiveDates(LocalDate asOf) {
    this.asOf = asOf;
  }

  @Override
  public boolean accept(Match match) {
    return inForceOn(match.getRule(), asOf);
  }

  static boolean inForceOn(Rule rule, LocalDate day) {
    Map<String, Object> meta = rule.getMetaData();
    LocalDate from = date(meta.get("effective"));
    LocalDate to = date(expires(meta));
    return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
  }

  /** Drools files {@code @expires} under the key of its type annotation of the same name. */
  static Object expires(Map<String, Object> meta) {
    Object v = meta.get("expires");
    return v != null ? v : meta.get("org.kie.api.definition.type.Expires");
  }

  /**
   * Parses a metadata date, with or without quotes.
   *
   * @param value the metadata value
   * @return the date, or null when absent
   * @throws DateTimeParseException when present but not an ISO date
   */
  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().trim();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return LocalDate.parse(s);
  }
}
