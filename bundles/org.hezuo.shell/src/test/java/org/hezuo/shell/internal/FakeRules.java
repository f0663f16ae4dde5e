package org.hezuo.shell.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.admin.PackInfo;
import org.hezuo.api.admin.PolicyRules;
import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.admin.RulesStatus;
import org.hezuo.api.admin.ScenarioResult;

/** A PolicyRules in memory: version v1 in force; a directory whose name contains "bad" is refused. */
class FakeRules implements PolicyRules {
  static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  final List<ActivationReport> history = new ArrayList<>();
  final List<String> versions = new ArrayList<>(List.of("v1aaaaaaaaaaaaaaaa", "v0bbbbbbbbbbbbbbbb"));
  String inForce = "v1aaaaaaaaaaaaaaaa";
  Instant since = T0;
  boolean nextActivationFails;
  Path validated;

  FakeRules() {
    history.add(report("v1aaaaaaaaaaaaaaaa", true, "启动", List.of(), List.of()));
  }

  static ActivationReport report(String v, boolean ok, String actor, List<RuleProblem> problems,
      List<ScenarioResult> scenarios) {
    return new ActivationReport(v, ok, actor, "/srv/rules", List.of("a/new.drl"), List.of(),
        List.of("internship/age.drl"), problems, scenarios, problems.isEmpty() ? 42 : 0, 120, T0);
  }

  static RuleProblem problem() {
    return new RuleProblem("internship/age.drl", 12, 5, "DRL_COMPILE", "缺少右括号");
  }

  static ScenarioResult failedScenario() {
    return new ScenarioResult("internship/tests/minor.json", "未成年学生", false,
        List.of("期望结论 NON_COMPLIANT，实际 COMPLIANT"));
  }

  @Override
  public RulesStatus status() {
    ActivationReport refusal = history.stream().filter(r -> !r.activated()).findFirst().orElse(null);
    return new RulesStatus(inForce, since, "/srv/rules",
        List.of(new PackInfo("national-internship", 30, 12), new PackInfo("委员会", 7, 4)), 16,
        history.isEmpty() ? null : history.get(0), refusal);
  }

  @Override
  public ActivationReport validate(Path directory) {
    validated = directory;
    if (directory.toString().contains("bad")) {
      return report("v9", false, null, List.of(problem()), List.of());
    }
    if (directory.toString().contains("fails")) {
      return report("v8", false, null, List.of(),
          List.of(failedScenario(), new ScenarioResult("x.json", "基准", true, List.of())));
    }
    return report("v7", false, null, List.of(),
        List.of(new ScenarioResult("x.json", "基准", true, List.of())));
  }

  @Override
  public ActivationReport activate(String actor) {
    ActivationReport r = nextActivationFails
        ? report("v2cccccccccccccccc", false, actor, List.of(problem()), List.of())
        : report("v2cccccccccccccccc", true, actor, List.of(), List.of());
    remember(r);
    return r;
  }

  @Override
  public ActivationReport rollback(String version, String actor) {
    if (!versions.contains(version)) {
      ActivationReport r = new ActivationReport(version, false, actor, "rollback:" + version, null,
          null, null, List.of(new RuleProblem("", 0, 0, "VERSION_UNKNOWN", "没有保存版本 " + version)),
          List.of(), 0, 0, T0);
      remember(r);
      return r;
    }
    ActivationReport r = report(version, true, actor, List.of(), List.of());
    remember(r);
    return r;
  }

  private void remember(ActivationReport r) {
    history.add(0, r);
    if (r.activated()) {
      inForce = r.version();
      if (!versions.contains(r.version())) {
        versions.add(0, r.version());
      }
    }
  }

  @Override
  public List<ActivationReport> history() {
    return List.copyOf(history);
  }

  @Override
  public List<String> versions() {
    return List.copyOf(versions);
  }

  @Override
  public List<ScenarioResult> runScenarios(String pack) {
    List<ScenarioResult> all = List.of(
        new ScenarioResult("national-internship/tests/adult.json", "成年学生", true, List.of()),
        failedScenario());
    return pack == null ? all : all.stream().filter(s -> s.file().startsWith(pack)).toList();
  }
}
