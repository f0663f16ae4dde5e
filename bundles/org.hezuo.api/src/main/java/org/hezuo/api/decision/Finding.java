package org.hezuo.api.decision;

import java.util.List;

/**
 * One thing the rules found about a case, with the clause it rests on.
 *
 * @param code stable English code, e.g. {@code INTERN_UNDER_16}
 * @param severity how much it weighs
 * @param message the finding in Chinese
 * @param clauseId id in the clause registry, e.g. {@code INT21-16-2}
 * @param clauseSource the document and article, e.g. 《职业学校学生实习管理规定》第十六条
 * @param clauseText the clause's words, in Chinese
 * @param rule the name of the rule that made the finding
 * @param facts paths of the case facts concerned, e.g. {@code students[2].birthDate}
 */
public record Finding(
    String code,
    Severity severity,
    String message,
    String clauseId,
    String clauseSource,
    String clauseText,
    String rule,
    List<String> facts) {

  /**
   * Canonical constructor; copies the fact list.
   *
   * @param code code
   * @param severity severity
   * @param message message
   * @param clauseId clause id
   * @param clauseSource clause source
   * @param clauseText clause text
   * @param rule rule name
   * @param facts fact paths
   */
  public Finding {
    facts = facts == null ? List.of() : List.copyOf(facts);
  }
}
