package org.hezuo.shell.internal;

import java.util.List;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.admin.PackInfo;
import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.admin.RulesStatus;
import org.hezuo.api.admin.ScenarioResult;

/**
 * Writes the state of the rule base as Chinese text for policy staff: the version in force, its
 * packs, and why the last attempt was refused (file, line, reason).
 *
 * @see CaseCommand#status()
 */
public final class RulesText {

  /** Enough problems or failed scenarios to act on; the rest are in the log. */
  private static final int MAX_LISTED = 20;

  private RulesText() {}

  /**
   * Formats the rule base status.
   *
   * @param s the status
   * @return several lines of Chinese text, ending with a line break
   */
  public static String format(RulesStatus s) {
    StringBuilder out = new StringBuilder();
    if (s.versionInForce() == null) {
      out.append("规则库：尚未生效（正在加载或加载失败）\n");
    } else {
      out.append("规则库：已生效\n规则版本：").append(s.versionInForce());
      if (s.activatedAt() != null) {
        out.append("（").append(s.activatedAt()).append(" 启用）");
      }
      out.append('\n');
    }
    if (s.rulesDirectory() != null) {
      out.append("规则目录：").append(s.rulesDirectory()).append('\n');
    }
    if (!s.packs().isEmpty()) {
      out.append("规则包（").append(s.packs().size()).append(" 个）：\n");
      for (PackInfo p : s.packs()) {
        out.append("  ").append(p.name()).append("：").append(p.rules()).append(" 条规则，")
            .append(p.scenarios()).append(" 个场景\n");
      }
      out.append("场景测试：通过 ").append(s.scenariosPassed()).append(" 个\n");
    }
    if (s.lastRefusal() != null) {
      refusal(out, s.lastRefusal());
    }
    return out.toString();
  }

  private static void refusal(StringBuilder out, ActivationReport r) {
    out.append("最近一次被拒绝的修改：版本 ").append(r.version());
    if (r.at() != null) {
      out.append("（").append(r.at()).append("）");
    }
    out.append('\n');
    List<RuleProblem> problems = r.problems();
    problems.stream().limit(MAX_LISTED).forEach(p -> out.append("  ").append(p).append('\n'));
    List<ScenarioResult> failed = r.failedScenarios();
    failed.stream().limit(MAX_LISTED).forEach(f -> out.append("  场景 ").append(f.file())
        .append("（").append(f.name()).append("）：").append(String.join("；", f.mismatches()))
        .append('\n'));
    int more = Math.max(0, problems.size() - MAX_LISTED) + Math.max(0, failed.size() - MAX_LISTED);
    if (more > 0) {
      out.append("  …… 另有 ").append(more).append(" 项，见日志\n");
    }
  }
}
