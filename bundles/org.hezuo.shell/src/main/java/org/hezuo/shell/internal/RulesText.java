package org.hezuo.shell.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.admin.PackInfo;
import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.admin.RulesStatus;
import org.hezuo.api.admin.ScenarioResult;

/**
 * Writes the state of the rule base as Chinese text for policy staff: the version in force and
 * since when, its packs (aligned table), and why the last attempt was refused (file:line:column,
 * code, reason).
 *
 * @see CaseCommand#status()
 * @see RulesCommand#status()
 */
public final class RulesText {

  /** Enough problems or failed scenarios to act on; the rest are in the log. */
  private static final int MAX_LISTED = 20;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private RulesText() {}

  /**
   * Formats the rule base status, times in the system time zone.
   *
   * @param s the status
   * @return several lines of Chinese text, ending with a line break
   */
  public static String format(RulesStatus s) {
    return format(s, ZoneId.systemDefault());
  }

  /**
   * Formats the rule base status.
   *
   * @param s the status
   * @param zone the time zone for times
   * @return several lines of Chinese text, ending with a line break
   */
  public static String format(RulesStatus s, ZoneId zone) {
    StringBuilder out = new StringBuilder();
    if (s.versionInForce() == null) {
      out.append("规则库：尚未生效（正在加载或加载失败）\n");
    } else {
      out.append("规则库：已生效\n规则版本：").append(s.versionInForce());
      if (s.activatedAt() != null) {
        out.append("（").append(time(s.activatedAt(), zone)).append(" 启用）");
      }
      out.append('\n');
    }
    if (s.rulesDirectory() != null) {
      out.append("规则目录：").append(s.rulesDirectory()).append('\n');
    }
    if (!s.packs().isEmpty()) {
      out.append("规则包（").append(s.packs().size()).append(" 个）：\n");
      TextTable t = new TextTable("规则包", "规则", "场景", "审查的案件");
      int rules = 0;
      int scenarios = 0;
      for (PackInfo p : s.packs()) {
        t.row(p.name(), p.rules(), p.scenarios(), caseTypes(p.caseTypes()));
        rules += p.rules();
        scenarios += p.scenarios();
      }
      t.row("合计", rules, scenarios, "");
      out.append(t.render("  "));
      out.append("场景测试：通过 ").append(s.scenariosPassed()).append("/").append(scenarios)
          .append('\n');
    }
    if (!s.ruleErrors().isEmpty()) {
      out.append("在用规则执行出错（").append(s.ruleErrors().size())
          .append(" 处；有关案件已转人工复核，请修改规则）：\n");
      TextTable t = new TextTable("位置", "代码", "原因");
      s.ruleErrors().stream().limit(MAX_LISTED)
          .forEach(p -> t.row(RulesCommand.location(p), p.code(), p.message()));
      out.append(t.render("  "));
    }
    if (s.lastRefusal() != null) {
      refusal(out, s.lastRefusal(), zone);
    } else {
      out.append("最近被拒绝的修改：无\n");
    }
    return out.toString();
  }

  private static void refusal(StringBuilder out, ActivationReport r, ZoneId zone) {
    out.append("最近一次被拒绝的修改：版本 ").append(r.version() == null || r.version().isEmpty() ? "—" : r.version());
    out.append("（").append(time(r.at(), zone));
    if (r.actor() != null) {
      out.append("，操作人 ").append(r.actor());
    }
    out.append("）\n");
    List<RuleProblem> problems = r.problems();
    if (!problems.isEmpty()) {
      TextTable t = new TextTable("位置", "代码", "原因");
      problems.stream().limit(MAX_LISTED)
          .forEach(p -> t.row(RulesCommand.location(p), p.code(), p.message()));
      out.append(t.render("  "));
    }
    List<ScenarioResult> failed = r.failedScenarios();
    failed.stream().limit(MAX_LISTED).forEach(f -> out.append("  场景 ").append(f.file())
        .append("（").append(f.name()).append("）：").append(String.join("；", f.mismatches()))
        .append('\n'));
    int more = Math.max(0, problems.size() - MAX_LISTED) + Math.max(0, failed.size() - MAX_LISTED);
    if (more > 0) {
      out.append("  …… 另有 ").append(more).append(" 项，见日志\n");
    }
  }

  private static String time(Instant at, ZoneId zone) {
    return at == null ? "—" : TIME.format(at.atZone(zone));
  }

  /** The case types a pack reviews, in Chinese: 全部 when it reviews every case. */
  static String caseTypes(List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      return "全部";
    }
    return String.join("、", codes.stream().map(DecisionText::caseTypeLabel).toList());
  }
}
