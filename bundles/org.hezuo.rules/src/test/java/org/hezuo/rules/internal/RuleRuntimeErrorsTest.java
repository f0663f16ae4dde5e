package org.hezuo.rules.internal;

import static org.hezuo.rules.internal.RulesTestSupport.demoPack;
import static org.hezuo.rules.internal.RulesTestSupport.manager;
import static org.hezuo.rules.internal.RulesTestSupport.scenario;
import static org.hezuo.rules.internal.RulesTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.Finding;
import org.hezuo.api.decision.Outcome;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.json.HezuoJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that compiles but throws when it meets a case (here: a student's name read as a number,
 * which fails only when a case with students is judged).
 */
class RuleRuntimeErrorsTest {
  @TempDir Path dir;

  /** Line 10 holds the condition that throws (the header takes lines 1–5). */
  private static final String THROWING = RulesTestSupport.HEADER + """

      rule "本地补充：一年级学生"
        @clause("DEMO-1")
      when
        $s : Student( Integer.parseInt(name) > 1 )
      then
        out.warn("LOCAL_FIRST_YEAR", "DEMO-1", "一年级", $s);
      end
      """;

  /** The students of these cases have a grade, which the throwing condition reads. */
  private static String withGrade(String json) {
    return json.replace("\"specialty\"", "\"grade\": 2, \"specialty\"");
  }

  private static PolicyCase internship(String birthDate) throws Exception {
    return HezuoJson.mapper().readValue(withGrade(RulesTestSupport.internshipCase(birthDate)),
        PolicyCase.class);
  }

  @Test
  void aRuleThatThrowsOnTheScenariosIsRefusedNamingFileLineRuleAndCause() {
    demoPack(dir);
    write(dir, "demo/tests/ok.json", withGrade(scenario("满16周岁当天", "2010-09-01", "COMPLIANT", "")));
    var m = manager();
    String before = m.activate(dir).version();
    write(dir, "local/first-year.drl", THROWING.replace("org.hezuo.rules.demo", "org.hezuo.rules.local"));
    ActivationReport r = m.activate(dir);
    assertFalse(r.activated());
    assertEquals(before, m.inForce().version());
    RuleProblem p = r.problems().get(0);
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertEquals("local/first-year.drl:10 RULE_RUNTIME_ERROR", p.file() + ":" + p.line() + " " + p.code());
    assertTrue(p.message().startsWith("第10行规则“本地补充：一年级学生”执行出错：条件 Integer.parseInt(name) > 1 无法求值"
        + "——“张三”不是数字"), p.message());
    // the scenario it broke says why as well
    assertTrue(r.scenarios().get(0).mismatches().get(0).startsWith("规则文件 local/first-year.drl 第10行：规则“本地补充：一年级学生”执行出错"),
        r.scenarios().toString());
  }

  @Test
  void aSentenceThatFailsIsNamedByItsLineInTheDslrFile() throws Exception {
    demoPack(dir);
    write(dir, "local/local.dsl", "[when]学生姓名作为数字大于{n}=$s : Student( Integer.parseInt(name) > {n} )\n"
        + "[then]提示{代码}=out.warn(\"{代码}\", \"DEMO-1\", \"说明\", $s);\n");
    // line 10 holds the sentence (the header takes lines 1–5)
    write(dir, "local/local.dslr", RulesTestSupport.HEADER.replace("org.hezuo.rules.demo", "org.hezuo.rules.local")
        + "expander local.dsl\n"
        + "rule \"句子写的规则\"\n"
        + "  @clause(\"DEMO-1\")\n"
        + "when\n"
        + "  学生姓名作为数字大于1\n"
        + "then\n"
        + "  提示LOCAL_X\n"
        + "end\n");
    var m = manager();
    assertTrue(m.activate(dir).activated(), "no scenario meets it");
    List<RuleProblem> reported = new ArrayList<>();
    new DroolsPolicyEvaluator(m::inForce, RulesTestSupport.VALIDATOR, getClass().getClassLoader(),
        RulesTestSupport.CLOCK, reported::add).evaluate(internship("2010-09-01"));
    assertEquals("local/local.dslr:10 RULE_RUNTIME_ERROR",
        reported.get(0).file() + ":" + reported.get(0).line() + " " + reported.get(0).code(), reported.toString());
    assertTrue(reported.get(0).message().startsWith("第10行规则“句子写的规则”执行出错"), reported.get(0).message());
  }

  @Test
  void rulesThatKeepFiringOnTheirOwnInsertionsAreStoppedAndNamed() throws Exception {
    demoPack(dir);
    write(dir, "local/loop.drl", RulesTestSupport.HEADER.replace("org.hezuo.rules.demo", "org.hezuo.rules.local") + """

        declare Tick
          n : int
        end

        rule "开始计数"
          @clause("DEMO-1")
        when
          PolicyCase()
        then
          insert(new Tick(0));
        end

        rule "继续计数"
          @clause("DEMO-1")
        when
          $t : Tick()
        then
          insert(new Tick($t.getN() + 1));
        end
        """);
    var m = manager();
    assertTrue(m.activate(dir).activated(), "no scenario meets it");
    List<RuleProblem> reported = new ArrayList<>();
    DroolsPolicyEvaluator evaluator = new DroolsPolicyEvaluator(m::inForce, RulesTestSupport.VALIDATOR,
        getClass().getClassLoader(), RulesTestSupport.CLOCK, reported::add);
    Decision d = evaluator.evaluate(internship("2010-09-01"));
    assertEquals(Outcome.REVIEW, d.outcome(), d.findings().toString());
    assertEquals("local/loop.drl:19 RULE_RUNTIME_ERROR",
        reported.get(0).file() + ":" + reported.get(0).line() + " " + reported.get(0).code());
    assertTrue(reported.get(0).message().contains("规则“继续计数”等对一个案件反复触发，达到 10000 次上限后停止"),
        reported.get(0).message());
  }

  @Test
  void inForceARuleThatThrowsSendsTheCaseToReviewAndSpoilsNothingElse() throws Exception {
    demoPack(dir);
    // no scenario meets the rule: it is put in force
    write(dir, "local/first-year.drl", THROWING.replace("org.hezuo.rules.demo", "org.hezuo.rules.local"));
    var m = manager();
    assertTrue(m.activate(dir).activated());
    List<RuleProblem> reported = new ArrayList<>();
    DroolsPolicyEvaluator evaluator = new DroolsPolicyEvaluator(m::inForce, RulesTestSupport.VALIDATOR,
        getClass().getClassLoader(), RulesTestSupport.CLOCK, reported::add);

    Decision d = evaluator.evaluate(internship("2010-09-02"));
    assertEquals(Outcome.NON_COMPLIANT, d.outcome(), d.toString());
    Finding error = d.findings().stream().filter(f -> f.code().equals("RULE_ERROR")).findFirst().orElseThrow();
    assertTrue(error.message().contains("规则“本地补充：一年级学生”执行出错"), error.message());
    assertEquals("规则文件 local/first-year.drl 第10行", error.clauseSource());
    // the other pack still judged the case: the under-16 student is still found
    assertTrue(d.has("DEMO_UNDER_AGE"), d.findings().toString());
    assertEquals(1, reported.size());

    // the pooled sessions that threw are clean for the next case
    Decision again = evaluator.evaluate(internship("2010-09-01"));
    assertFalse(again.has("DEMO_UNDER_AGE"), again.findings().toString());
    assertTrue(again.has("RULE_ERROR"));
    assertEquals(Outcome.REVIEW, again.outcome(), "a rule that failed leaves the case to review");

    // the host's own evaluator lists the failing rule in the status once, until another version
    assertEquals(List.of(), m.ruleErrors());
    m.evaluator().evaluate(internship("2010-09-01"));
    m.evaluator().evaluate(internship("2010-09-02"));
    assertEquals(List.of("local/first-year.drl:10 RULE_RUNTIME_ERROR"),
        m.ruleErrors().stream().map(p -> p.file() + ":" + p.line() + " " + p.code()).toList());
    write(dir, "local/first-year.drl", THROWING.replace("org.hezuo.rules.demo", "org.hezuo.rules.local")
        .replace("Integer.parseInt(name) > 1", "name == \"李四\""));
    assertTrue(m.activate(dir).activated());
    assertEquals(List.of(), m.ruleErrors(), "the mended version has failed on nothing");
  }
}
