package org.hezuo.api.admin;

import java.time.Instant;
import java.util.List;

/**
 * What an activation attempt did: the version tried, whether it is now in force, who asked and
 * from where, which files changed against the version in force, and if it was refused, why
 * (problems with file and line, failed scenarios).
 *
 * @param version the content hash of the sources tried
 * @param activated whether the version is now in force
 * @param actor who asked: a user, 文件监视 (the watcher), 启动 (start-up)
 * @param source where the sources came from: the rules directory, or {@code rollback:<version>}
 * @param added files added against the version in force
 * @param removed files removed against the version in force
 * @param modified files changed against the version in force
 * @param problems refusals from reading, linting or compiling
 * @param scenarios the scenario results (empty when compilation failed)
 * @param ruleCount number of rules compiled (0 when compilation failed)
 * @param millis how long the attempt took
 * @param at when it ended
 */
public record ActivationReport(
    String version,
    boolean activated,
    String actor,
    String source,
    List<String> added,
    List<String> removed,
    List<String> modified,
    List<RuleProblem> problems,
    List<ScenarioResult> scenarios,
    int ruleCount,
    long millis,
    Instant at) {

  /**
   * Copies the lists.
   *
   * @param version version
   * @param activated activated
   * @param actor actor
   * @param source source
   * @param added added files
   * @param removed removed files
   * @param modified modified files
   * @param problems problems
   * @param scenarios scenarios
   * @param ruleCount rule count
   * @param millis millis
   * @param at at
   */
  public ActivationReport {
    added = added == null ? List.of() : List.copyOf(added);
    removed = removed == null ? List.of() : List.copyOf(removed);
    modified = modified == null ? List.of() : List.copyOf(modified);
    problems = List.copyOf(problems);
    scenarios = List.copyOf(scenarios);
  }

  /**
   * The failed scenarios.
   *
   * @return failed scenario results
   */
  public List<ScenarioResult> failedScenarios() {
    return scenarios.stream().filter(s -> !s.passed()).toList();
  }

  /**
   * A Chinese summary for logs and the shell, one problem or failed scenario per line.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    long passed = scenarios.stream().filter(ScenarioResult::passed).count();
    sb.append(activated ? "已启用规则版本 " : "拒绝启用规则版本 ").append(version)
        .append("：").append(ruleCount).append(" 条规则，场景测试通过 ").append(passed)
        .append("/").append(scenarios.size()).append("，用时 ").append(millis).append(" 毫秒");
    if (actor != null) {
      sb.append("，操作人 ").append(actor);
    }
    if (!added.isEmpty() || !removed.isEmpty() || !modified.isEmpty()) {
      sb.append("\n  变更：");
      added.forEach(f -> sb.append(" +").append(f));
      removed.forEach(f -> sb.append(" -").append(f));
      modified.forEach(f -> sb.append(" ~").append(f));
    }
    for (RuleProblem p : problems) {
      sb.append('\n').append("  ").append(p);
    }
    for (ScenarioResult s : failedScenarios()) {
      sb.append('\n').append("  ").append(s);
    }
    return sb.toString();
  }
}
