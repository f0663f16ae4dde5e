package org.hezuo.api.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer for one case: outcome, findings with their clauses, computed values, and what made
 * it (rule-base version and rules fired).
 *
 * @param caseId the case's id
 * @param caseType the case type's code, e.g. {@code POST_INTERNSHIP}
 * @param outcome the overall answer
 * @param outcomeLabel the outcome in Chinese (符合 / 不符合 / 需人工复核 / 输入有误)
 * @param findings what the rules found, blocking first
 * @param values computed values, e.g. {@code refundDue}, {@code internRatio}
 * @param valueLabels what each computed value means, in Chinese with its unit, as the rule packs'
 *     {@code values.tsv} describe it (a value no pack describes has no entry)
 * @param errors field errors; non-empty only when the outcome is {@link Outcome#INVALID}
 * @param ruleVersion content hash of the rule base the decision was made with
 * @param caseHash content hash of the case as evaluated, for tracing printed documents
 * @param rulesFired names of the rules that fired, in firing order
 * @param asOf the date the case was evaluated as of
 * @param evaluatedAt when the decision was made
 */
public record Decision(
    String caseId,
    String caseType,
    Outcome outcome,
    String outcomeLabel,
    List<Finding> findings,
    Map<String, Object> values,
    Map<String, String> valueLabels,
    List<FieldError> errors,
    String ruleVersion,
    String caseHash,
    List<String> rulesFired,
    LocalDate asOf,
    Instant evaluatedAt) {

  /**
   * Canonical constructor; copies the collections, keeping the order of values.
   *
   * @param caseId case id
   * @param caseType case type
   * @param outcome outcome
   * @param outcomeLabel outcome label
   * @param findings findings
   * @param values values
   * @param valueLabels labels of the values
   * @param errors errors
   * @param ruleVersion rule version
   * @param caseHash case hash
   * @param rulesFired rules fired
   * @param asOf as-of date
   * @param evaluatedAt evaluation time
   */
  public Decision {
    findings = findings == null ? List.of() : List.copyOf(findings);
    values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    valueLabels = valueLabels == null
        ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(valueLabels));
    errors = errors == null ? List.of() : List.copyOf(errors);
    rulesFired = rulesFired == null ? List.of() : List.copyOf(rulesFired);
  }

  /**
   * A decision whose values are not described (API 1.0).
   *
   * @param caseId case id
   * @param caseType case type
   * @param outcome outcome
   * @param outcomeLabel outcome label
   * @param findings findings
   * @param values values
   * @param errors errors
   * @param ruleVersion rule version
   * @param caseHash case hash
   * @param rulesFired rules fired
   * @param asOf as-of date
   * @param evaluatedAt evaluation time
   */
  public Decision(String caseId, String caseType, Outcome outcome, String outcomeLabel,
      List<Finding> findings, Map<String, Object> values, List<FieldError> errors,
      String ruleVersion, String caseHash, List<String> rulesFired, LocalDate asOf,
      Instant evaluatedAt) {
    this(caseId, caseType, outcome, outcomeLabel, findings, values, Map.of(), errors, ruleVersion,
        caseHash, rulesFired, asOf, evaluatedAt);
  }

  /**
   * A computed value's label, falling back to its name.
   *
   * @param name the value's name
   * @return the Chinese label with its unit, or {@code name} when no pack describes it
   */
  public String valueLabel(String name) {
    return valueLabels.getOrDefault(name, name);
  }

  /**
   * Derives the outcome from findings: any {@link Severity#BLOCK} gives 不符合, else any {@link
   * Severity#REVIEW} gives 需人工复核, else 符合.
   *
   * @param findings the findings
   * @return the outcome
   */
  public static Outcome outcomeOf(List<Finding> findings) {
    boolean review = false;
    for (Finding f : findings) {
      if (f.severity() == Severity.BLOCK) {
        return Outcome.NON_COMPLIANT;
      }
      review |= f.severity() == Severity.REVIEW;
    }
    return review ? Outcome.REVIEW : Outcome.COMPLIANT;
  }

  /**
   * Whether a finding with this code is present.
   *
   * @param code the finding code
   * @return true if any finding has it
   */
  public boolean has(String code) {
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }
}
