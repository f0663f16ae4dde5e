package org.hezuo.api.rules;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What a rule's consequence writes to: the global {@code out} in every rule file.
 *
 * <pre>
 * then
 *   out.block("INTERN_UNDER_16", "INT21-16-2", "学生" + $s.getName() + "未满16周岁，不得安排岗位实习", $s);
 * </pre>
 *
 * The facts passed are case objects (a student, an agreement …); the decision names them by path.
 */
@ProviderType
public interface RuleOutput {
  /**
   * A finding that blocks the arrangement (不符合).
   *
   * @param code stable English code
   * @param clauseId clause id in the registry
   * @param message the finding in Chinese
   * @param facts the case objects concerned
   */
  void block(String code, String clauseId, String message, Object... facts);

  /**
   * A finding a person must review (需人工复核).
   *
   * @param code stable English code
   * @param clauseId clause id in the registry
   * @param message the finding in Chinese
   * @param facts the case objects concerned
   */
  void review(String code, String clauseId, String message, Object... facts);

  /**
   * A warning that does not change the outcome.
   *
   * @param code stable English code
   * @param clauseId clause id in the registry
   * @param message the finding in Chinese
   * @param facts the case objects concerned
   */
  void warn(String code, String clauseId, String message, Object... facts);

  /**
   * A fact recorded for the file (a condition met, a computed figure).
   *
   * @param code stable English code
   * @param clauseId clause id in the registry
   * @param message the finding in Chinese
   * @param facts the case objects concerned
   */
  void info(String code, String clauseId, String message, Object... facts);

  /**
   * A computed value, e.g. {@code refundDue}; the last write of a name wins.
   *
   * @param name the value's name
   * @param value the value (number, string, date, boolean)
   */
  void value(String name, Object value);
}
