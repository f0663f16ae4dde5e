package org.hezuo.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hezuo.api.decision.Finding;
import org.hezuo.api.decision.Severity;
import org.hezuo.api.rules.RuleOutput;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Collects what the rules of one evaluation write (the global {@code out}) and which rules fired
 * (an agenda listener: always on, it costs a few percent). One instance per evaluation.
 */
final class DecisionCollector extends DefaultAgendaEventListener implements RuleOutput {
  private final ClauseRegistry clauses;
  private final CaseFacts facts;
  private final List<Finding> findings = new ArrayList<>();
  // ordered by the decision (the packs' values.tsv), not here
  private final Map<String, Object> values = new java.util.HashMap<>();
  private final List<String> fired = new ArrayList<>();
  private String currentRule = "";

  DecisionCollector(ClauseRegistry clauses, CaseFacts facts) {
    this.clauses = clauses;
    this.facts = facts;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    currentRule = event.getMatch().getRule().getName();
    fired.add(currentRule);
  }

  @Override
  public void block(String code, String clauseId, String message, Object... concerned) {
    add(code, Severity.BLOCK, clauseId, message, concerned);
  }

  @Override
  public void review(String code, String clauseId, String message, Object... concerned) {
    add(code, Severity.REVIEW, clauseId, message, concerned);
  }

  @Override
  public void warn(String code, String clauseId, String message, Object... concerned) {
    add(code, Severity.WARN, clauseId, message, concerned);
  }

  @Override
  public void info(String code, String clauseId, String message, Object... concerned) {
    add(code, Severity.INFO, clauseId, message, concerned);
  }

  @Override
  public void value(String name, Object value) {
    values.put(name, value instanceof BigDecimal d ? d.stripTrailingZeros().scale() < 0
        ? d.setScale(0) : d : value);
  }

  /**
   * A rule that threw while judging the case: the case needs review, and the finding says which
   * rule, where, and why.
   *
   * @param p the error, as {@link DrlErrors#runtime} describes it
   */
  void ruleError(org.hezuo.api.admin.RuleProblem p) {
    findings.add(new Finding("RULE_ERROR", Severity.REVIEW,
        "规则执行出错，本案需人工复核：" + p.message(), null,
        "规则文件 " + p.file() + (p.line() > 0 ? " 第" + p.line() + "行" : ""), "",
        // the rule last fired may be another pack's: the message names the rule that failed
        "", List.of()));
  }

  private void add(String code, Severity severity, String clauseId, String message, Object[] concerned) {
    Clause c = clauses.get(clauseId);
    List<String> paths = new ArrayList<>();
    if (concerned != null) {
      for (Object o : concerned) {
        String p = o == null ? null : facts.pathOf(o);
        if (p != null) {
          paths.add(p.isEmpty() ? "$" : p);
        }
      }
    }
    findings.add(new Finding(code, severity, message, clauseId,
        c == null ? "未登记的条款" : c.source() + (c.article().isEmpty() ? "" : " " + c.article()),
        c == null ? "" : c.text(), currentRule, paths));
  }

  /**
   * The rule that fired last.
   *
   * @return its name, or "" before any
   */
  String lastFired() {
    return currentRule;
  }

  List<Finding> findings() {
    // the same finding twice (a rule matched again by facts it inserted) is said once
    List<Finding> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(findings));
    sorted.sort((a, b) -> a.severity() != b.severity()
        ? a.severity().compareTo(b.severity()) : 0);
    return sorted;
  }

  Map<String, Object> values() {
    return values;
  }

  List<String> fired() {
    return fired;
  }
}
