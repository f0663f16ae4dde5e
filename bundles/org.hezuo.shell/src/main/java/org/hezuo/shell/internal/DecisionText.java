package org.hezuo.shell.internal;

import java.util.List;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.decision.Finding;
import org.hezuo.api.decision.Outcome;
import org.hezuo.api.model.CaseType;

/**
 * Writes a {@link Decision} as the Chinese text that clerks read in the shell and the command line.
 *
 * @see CaseCommand
 */
public final class DecisionText {

  private DecisionText() {}

  /**
   * Formats a decision: outcome, findings with their clauses, computed values, rule version.
   *
   * @param d the decision
   * @return several lines of Chinese text, ending with a line break
   */
  public static String format(Decision d) {
    StringBuilder out = new StringBuilder();
    out.append("案件 ").append(orDash(d.caseId()));
    if (d.caseType() != null) {
      out.append("（").append(caseTypeLabel(d.caseType())).append("）");
    }
    out.append(" 审查结果：").append(label(d)).append('\n');
    if (d.outcome() == Outcome.INVALID) {
      errors(out, d.errors());
    } else {
      findings(out, d.findings());
      values(out, d);
    }
    out.append("规则版本：").append(orDash(d.ruleVersion()));
    if (d.asOf() != null) {
      out.append("　审查基准日：").append(d.asOf());
    }
    out.append('\n');
    if (!d.rulesFired().isEmpty()) {
      out.append("触发规则：").append(String.join("，", d.rulesFired())).append('\n');
    }
    return out.toString();
  }

  /**
   * Formats field errors, one per line, for input that could not even be read as a case.
   *
   * @param errors the errors
   * @return the text, ending with a line break
   */
  public static String formatErrors(List<FieldError> errors) {
    StringBuilder out = new StringBuilder("输入有误\n");
    errors(out, errors);
    return out.toString();
  }

  private static String label(Decision d) {
    if (d.outcomeLabel() != null && !d.outcomeLabel().isBlank()) {
      return d.outcomeLabel();
    }
    return d.outcome() == null ? "—" : d.outcome().label();
  }

  private static void errors(StringBuilder out, List<FieldError> errors) {
    out.append("输入错误（").append(errors.size()).append(" 处）：\n");
    for (FieldError e : errors) {
      out.append("  - ").append(orDash(e.label()));
      if (e.path() != null && !e.path().isBlank() && !e.path().equals(e.label())) {
        out.append("（").append(e.path()).append("）");
      }
      out.append("：").append(orDash(e.message())).append(" [").append(orDash(e.code())).append("]\n");
    }
  }

  private static void findings(StringBuilder out, List<Finding> findings) {
    if (findings.isEmpty()) {
      out.append("发现：无\n");
      return;
    }
    out.append("发现（").append(findings.size()).append(" 条）：\n");
    int i = 1;
    for (Finding f : findings) {
      out.append("  ").append(i++).append(". [")
          .append(f.severity() == null ? "—" : f.severity().label()).append("] ")
          .append(orDash(f.code())).append("　").append(orDash(f.message())).append('\n');
      out.append("     依据：").append(orDash(f.clauseId()));
      if (f.clauseSource() != null && !f.clauseSource().isBlank()) {
        out.append("　").append(f.clauseSource());
      }
      out.append('\n');
      if (f.clauseText() != null && !f.clauseText().isBlank()) {
        out.append("     条文：").append(f.clauseText().strip()).append('\n');
      }
    }
  }

  private static void values(StringBuilder out, Decision d) {
    if (d.values().isEmpty()) {
      return;
    }
    out.append("计算值：\n");
    d.values().forEach((k, v) -> {
      out.append("  ").append(d.valueLabel(k));
      if (d.valueLabels().containsKey(k)) {
        out.append(" [").append(k).append(']');
      }
      out.append(" = ").append(v).append('\n');
    });
  }

  /** 岗位实习 for POST_INTERNSHIP; a code this build does not know is shown as it is. */
  static String caseTypeLabel(String code) {
    for (CaseType t : CaseType.values()) {
      if (t.name().equals(code)) {
        return t.label();
      }
    }
    return code;
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }
}
