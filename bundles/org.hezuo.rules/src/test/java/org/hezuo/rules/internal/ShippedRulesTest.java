package org.hezuo.rules.internal;

import org.hezuo.api.admin.ScenarioResult;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
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
