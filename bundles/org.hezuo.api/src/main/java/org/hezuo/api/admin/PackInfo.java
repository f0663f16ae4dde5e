package org.hezuo.api.admin;

import java.util.List;

/**
 * One rule pack of the version in force.
 *
 * @param name the pack (its folder under the rules directory)
 * @param rules number of rules
 * @param scenarios number of scenario tests
 * @param caseTypes the codes of the case types its rules can fire for (every rule begins with
 *     {@code PolicyCase( caseType == … )}); empty when it reviews every case. Cases of other types
 *     are not put through the pack. Since 1.2.
 */
public record PackInfo(String name, int rules, int scenarios, List<String> caseTypes) {
  /**
   * Copies the list.
   *
   * @param name the pack
   * @param rules number of rules
   * @param scenarios number of scenario tests
   * @param caseTypes the case types, empty for all
   */
  public PackInfo {
    caseTypes = caseTypes == null ? List.of() : List.copyOf(caseTypes);
  }

  /**
   * A pack that reviews every case.
   *
   * @param name the pack
   * @param rules number of rules
   * @param scenarios number of scenario tests
   */
  public PackInfo(String name, int rules, int scenarios) {
    this(name, rules, scenarios, List.of());
  }
}
