package org.hezuo.rules.internal;

import org.hezuo.api.admin.ScenarioResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.json.HezuoJson;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles every pack under the project's {@code rules/} directory and runs each scenario file as
 * its own test, so a broken rule or scenario breaks the build naming file, line or scenario.
 */
class ShippedRulesTest {
  static final Path RULES = Path.of(System.getProperty("hezuo.rules.dir", "../../rules"));

  private static RuleBase compiled() {
    RuleSet set = RuleSourceLoader.load(RULES);
    DroolsRuleCompiler.Result r =
        new DroolsRuleCompiler(ShippedRulesTest.class.getClassLoader()).compile(set);
    if (r.ruleBase() == null) {
      StringBuilder sb = new StringBuilder("rules/ does not compile:");
      r.problems().forEach(p -> sb.append("\n  ").append(p));
      fail(sb.toString());
    }
    return r.ruleBase();
  }

  @Test
  void everyPackCompiles() {
    RuleBase rb = compiled();
    assertTrue(rb.ruleCount() > 0, "no rules found under " + RULES.toAbsolutePath());
  }

  /**
   * Sessions are pooled and reset between cases: a decision must not depend on the cases judged
   * before it. Every scenario case is judged in file order, then in reverse order on the same
   * (by then warm) pools, and the two decisions of each case must be equal.
   */
  @Test
  void decisionsDoNotDependOnEarlierCases() throws Exception {
    RuleBase rb = compiled();
    DroolsPolicyEvaluator evaluator = new DroolsPolicyEvaluator(() -> rb,
        RulesTestSupport.VALIDATOR, getClass().getClassLoader(), RulesTestSupport.CLOCK);
    List<RuleFile> scenarios = rb.scenarios();
    Map<String, Decision> first = new LinkedHashMap<>();
    for (RuleFile f : scenarios) {
      first.put(f.path(), judge(evaluator, f));
    }
    List<String> differing = new ArrayList<>();
    for (int i = scenarios.size() - 1; i >= 0; i--) {
      RuleFile f = scenarios.get(i);
      if (!judge(evaluator, f).equals(first.get(f.path()))) {
        differing.add(f.path());
      }
    }
    assertTrue(scenarios.size() >= 80, "scenarios found: " + scenarios.size());
    assertEquals(List.of(), differing, "decisions that changed when judged after other cases");
  }

  /**
   * Clerks read computed values by their Chinese labels: every value any scenario of the shipped
   * packs computes must be described by a {@code values.tsv}, and each label must come out whole.
   */
  @Test
  void everyComputedValueHasAChineseLabel() throws Exception {
    RuleBase rb = compiled();
    DroolsPolicyEvaluator evaluator = new DroolsPolicyEvaluator(() -> rb,
        RulesTestSupport.VALIDATOR, getClass().getClassLoader(), RulesTestSupport.CLOCK);
    Map<String, String> unlabelled = new java.util.TreeMap<>();
    Map<String, String> seen = new java.util.TreeMap<>();
    for (RuleFile f : rb.scenarios()) {
      Decision d = judge(evaluator, f);
      for (String name : d.values().keySet()) {
        if (!d.valueLabels().containsKey(name)) {
          unlabelled.putIfAbsent(name, f.path());
        } else {
          seen.put(name, d.valueLabels().get(name));
        }
      }
    }
    assertEquals(Map.of(), unlabelled, "computed values without a label in any values.tsv (value → a scenario computing it)");
    assertTrue(seen.size() >= 30, "labelled values seen: " + seen);
    seen.forEach((name, label) -> assertTrue(!label.contains("{}") && !label.contains("*"), name + " → " + label));
    assertEquals("岗位“设备巡检”同期实习学生占同类岗位在岗职工的比例（%）", seen.get("postRatio.设备巡检"), seen.toString());
  }

  private static Decision judge(DroolsPolicyEvaluator evaluator, RuleFile f) throws Exception {
    JsonNode root = HezuoJson.mapper().readTree(f.text());
    PolicyCase c = HezuoJson.mapper().treeToValue(root.get("case"), PolicyCase.class);
    Map<String, String> params = new LinkedHashMap<>();
    root.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
    return evaluator.evaluate(c, params);
  }

  @TestFactory
  Stream<DynamicTest> everyScenarioPasses() {
    RuleBase rb = compiled();
    DroolsPolicyEvaluator evaluator = new DroolsPolicyEvaluator(() -> rb,
        RulesTestSupport.VALIDATOR, getClass().getClassLoader(), RulesTestSupport.CLOCK);
    ScenarioRunner runner = new ScenarioRunner(evaluator::evaluate);
    List<RuleFile> scenarios = rb.scenarios();
    return scenarios.stream().map(f -> DynamicTest.dynamicTest(f.path(), () -> {
      ScenarioResult r = runner.run(f);
      if (!r.passed()) {
        fail(r.toString());
      }
    }));
  }
}
