package org.hezuo.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.json.HezuoJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionHistoryTest {
  @TempDir Path rules;
  @TempDir Path state;

  private RuleBaseManager manager() {
    return new RuleBaseManager(RulesTestSupport.VALIDATOR, getClass().getClassLoader(),
        RulesTestSupport.CLOCK, state, 20);
  }

  @Test
  void activationsRecordWhoAndWhatChangedAndSurviveARestartForRollback() {
    RulesTestSupport.demoPack(rules);
    RuleBaseManager m = manager();
    String v1 = m.activate(rules, "张科长").version();
    RulesTestSupport.write(rules, "demo/pack.properties", "demo.minAge=15\n");
    RulesTestSupport.write(rules, "demo/more.drl", RulesTestSupport.HEADER);
    ActivationReport r2 = m.activate(rules, "李科员");
    assertTrue(r2.activated(), r2.summary());
    assertEquals("李科员", r2.actor());
    assertEquals(List.of("demo/more.drl"), r2.added());
    assertEquals(List.of("demo/pack.properties"), r2.modified());

    // a new manager over the same state directory: as after a restart of the host
    RuleBaseManager restarted = manager();
    assertEquals(List.of(r2.version(), v1), restarted.versions());
    assertEquals(2, restarted.history().size());
    assertEquals("李科员", restarted.history().get(0).actor());
    ActivationReport back = restarted.rollback(v1, "张科长");
    assertTrue(back.activated(), back.summary());
    assertEquals("rollback:" + v1, back.source());
    assertEquals(v1, restarted.inForce().version());
  }

  /** Counts the cases it validates: each scenario run validates its case once. */
  private static final class CountingValidator implements org.hezuo.api.CaseValidator {
    final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public List<org.hezuo.api.decision.FieldError> validate(Object bean) {
      calls.incrementAndGet();
      return RulesTestSupport.VALIDATOR.validate(bean);
    }
  }

  private RuleBaseManager manager(CountingValidator v, String engine) {
    return new RuleBaseManager(v, getClass().getClassLoader(), RulesTestSupport.CLOCK, state, 20,
        engine);
  }

  @Test
  void aRestartTrustsScenarioResultsOfTheSameSourcesAndEngineOnly() {
    RulesTestSupport.demoPack(rules);
    RulesTestSupport.write(rules, "demo/tests/ok.json",
        RulesTestSupport.scenario("满16周岁当天", "2010-09-01", "COMPLIANT", ""));
    CountingValidator first = new CountingValidator();
    ActivationReport tested = manager(first, "engine-1").activate(rules);
    assertTrue(tested.activated(), tested.summary());
    assertTrue(first.calls.get() > 0 && !tested.scenarios().isEmpty());

    // restart, same sources, same engine: in force at once, with the results recorded before
    CountingValidator second = new CountingValidator();
    RuleBaseManager restarted = manager(second, "engine-1");
    ActivationReport trusted = restarted.activate(rules);
    assertTrue(trusted.activated(), trusted.summary());
    assertEquals(0, second.calls.get());
    assertEquals(tested.scenarios(), trusted.scenarios());
    assertEquals(tested.version(), restarted.inForce().version());

    // another engine (an updated bundle) runs them again
    CountingValidator third = new CountingValidator();
    assertTrue(manager(third, "engine-2").activate(rules).activated());
    assertTrue(third.calls.get() > 0);

    // and so does a changed file, even with the first engine
    RulesTestSupport.write(rules, "demo/pack.properties", "demo.minAge=15\n");
    CountingValidator fourth = new CountingValidator();
    ActivationReport changed = manager(fourth, "engine-1").activate(rules);
    assertTrue(fourth.calls.get() > 0);
    assertEquals(tested.scenarios().size(), changed.scenarios().size());
  }

  @Test
  void unknownVersionIsRefused() {
    RulesTestSupport.demoPack(rules);
    RuleBaseManager m = manager();
    String v1 = m.activate(rules).version();
    ActivationReport r = m.rollback("abcdef123456", "张科长");
    assertFalse(r.activated());
    assertEquals("VERSION_UNKNOWN", r.problems().get(0).code());
    assertEquals(v1, m.inForce().version());
  }

  @Test
  void validateChecksWithoutActivatingOrRecording() {
    RulesTestSupport.demoPack(rules);
    RuleBaseManager m = manager();
    String v1 = m.activate(rules).version();
    RulesTestSupport.write(rules, "demo/pack.properties", "demo.minAge=15\n");
    ActivationReport r = m.validate(rules);
    assertFalse(r.activated());
    assertTrue(r.problems().isEmpty());
    assertEquals(v1, m.inForce().version());
    assertEquals(1, m.history().size());
  }

  @Test
  void ruleFiresOnlyForCasesJudgedAsOfADayItIsEffective() {
    RulesTestSupport.demoPack(rules);
    RulesTestSupport.write(rules, "demo/future.drl", RulesTestSupport.HEADER + """
        rule "2027年起的新规定"
          @clause("DEMO-1") @effective("2027-01-01") @expires("2028-01-01")
        when
          $s : Student()
        then
          out.warn("DEMO_NEW_RULE", "DEMO-1", "新规定", $s);
        end
        """);
    RuleBaseManager m = manager();
    assertTrue(m.activate(rules).activated());
    String json = RulesTestSupport.internshipCase("2008-01-01");
    assertFalse(eval(m, json, "2026-12-31").has("DEMO_NEW_RULE"));
    assertTrue(eval(m, json, "2027-01-01").has("DEMO_NEW_RULE"));
    assertFalse(eval(m, json, "2028-01-01").has("DEMO_NEW_RULE"));
  }

  @Test
  void badEffectiveDateIsRefused() {
    RulesTestSupport.demoPack(rules);
    RulesTestSupport.write(rules, "demo/bad.drl", RulesTestSupport.HEADER
        + "rule \"x\" @effective(\"2027年1月1日\")\nwhen\n  Student()\nthen\nend\n");
    ActivationReport r = manager().activate(rules);
    assertFalse(r.activated());
    assertEquals("RULE_DATE", r.problems().get(0).code());
  }

  private static Decision eval(RuleBaseManager m, String json, String asOf) {
    PolicyCase c = HezuoJson.read(json.getBytes(StandardCharsets.UTF_8), PolicyCase.class).value();
    c.setAsOf(java.time.LocalDate.parse(asOf));
    return m.evaluator().evaluate(c);
  }
}
