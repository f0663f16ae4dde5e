package org.hezuo.rules.internal;

import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.admin.ScenarioResult;
import org.hezuo.api.admin.ActivationReport;

import static org.hezuo.rules.internal.RulesTestSupport.demoPack;
import static org.hezuo.rules.internal.RulesTestSupport.internshipCase;
import static org.hezuo.rules.internal.RulesTestSupport.manager;
import static org.hezuo.rules.internal.RulesTestSupport.scenario;
import static org.hezuo.rules.internal.RulesTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.Finding;
import org.hezuo.api.decision.Outcome;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.json.HezuoJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseManagerTest {
  @TempDir Path dir;

  private static PolicyCase read(String json) {
    var r = HezuoJson.read(json.getBytes(StandardCharsets.UTF_8), PolicyCase.class);
    assertTrue(r.ok(), r.errors().toString());
    return r.value();
  }

  private static RuleProblem only(ActivationReport r) {
    assertFalse(r.activated(), r.summary());
    assertEquals(1, r.problems().size(), r.summary());
    return r.problems().get(0);
  }

  @Test
  void decisionNamesClauseFactsRuleAndVersion() {
    demoPack(dir);
    RuleBaseManager m = manager();
    ActivationReport report = m.activate(dir);
    assertTrue(report.activated(), report.summary());

    Decision d = m.evaluator().evaluate(read(internshipCase("2010-09-02")));
    assertEquals(Outcome.NON_COMPLIANT, d.outcome());
    assertEquals("不符合", d.outcomeLabel());
    Finding f = d.findings().get(0);
    assertEquals("DEMO_UNDER_AGE", f.code());
    assertEquals("学生张三未满16周岁", f.message());
    assertEquals("DEMO-1", f.clauseId());
    assertEquals("《职业学校学生实习管理规定》 第十六条第（二）项", f.clauseSource());
    assertEquals("未满16周岁不得岗位实习", f.rule());
    assertEquals(java.util.List.of("students[0]"), f.facts());
    assertEquals(report.version(), d.ruleVersion());
    assertTrue(d.rulesFired().contains("未满16周岁不得岗位实习"));
    assertEquals(12, d.caseHash().length());
  }

  @Test
  void theCaseHashFollowsTheContentNotTheWayItWasWritten() throws Exception {
    demoPack(dir);
    RuleBaseManager m = manager();
    assertTrue(m.activate(dir).activated());
    String json = internshipCase("2010-09-02");
    // the same case with its fields in another order and other spacing
    String reordered = "{ \"caseType\" : \"POST_INTERNSHIP\",\n  \"caseId\": \"T-1\", "
        + json.substring(json.indexOf("\"asOf\""));
    String hash = m.evaluator().evaluate(read(json)).caseHash();
    assertEquals(hash, m.evaluator().evaluate(read(reordered)).caseHash());
    assertNotEquals(hash, m.evaluator().evaluate(read(internshipCase("2010-09-03"))).caseHash(),
        "a student born a day later is another case");
  }

  @Test
  void chineseLiteralsMatchWhateverThePlatformCharset() {
    // the GBK surefire execution runs this too: a garbled literal would silently never match
    demoPack(dir);
    RuleBaseManager m = manager();
    assertTrue(m.activate(dir).activated());
    Decision d = m.evaluator().evaluate(read(internshipCase("2008-01-01")));
    assertTrue(d.has("DEMO_SPECIALTY"), "机电一体化 literal did not match under "
        + Charset.defaultCharset());
    assertEquals(Outcome.COMPLIANT, d.outcome());
    assertEquals(1, d.values().get("matched"));
  }

  @Test
  void invalidCaseComesBackAsFieldErrorsNotAnException() {
    demoPack(dir);
    RuleBaseManager m = manager();
    m.activate(dir);
    PolicyCase c = read(internshipCase("2010-09-02"));
    c.getStudents().get(0).setBirthDate(null);
    Decision d = m.evaluator().evaluate(c);
    assertEquals(Outcome.INVALID, d.outcome());
    assertEquals("students[0].birthDate", d.errors().get(0).path());
  }

  @Test
  void compileErrorNamesFileAndLineAndKeepsRulesInForce() {
    demoPack(dir);
    RuleBaseManager m = manager();
    String before = m.activate(dir).version();
    write(dir, "demo/broken.drl", RulesTestSupport.HEADER + "\nrule \"坏规则\"\nwhen\n  Student( age >>> 3 )\nthen\nend\n");
    ActivationReport r = m.activate(dir);
    assertFalse(r.activated());
    RuleProblem p = r.problems().get(0);
    assertEquals("demo/broken.drl", p.file());
    assertTrue(p.line() >= 8 && p.line() <= 10, p.toString());
    assertEquals("DRL_UNKNOWN_FIELD", p.code());
    assertEquals(before, m.inForce().version());
    assertEquals(r, m.lastReport());
  }

  @Test
  void aFileThatDoesNotParseIsReportedWithItsLineOnlyNotWithDroolsLineLessRepetition() {
    demoPack(dir);
    RuleBaseManager m = manager();
    m.activate(dir);
    write(dir, "demo/age.drl", "rule \"年龄\"\nwhen broken\nthen\nend\n");
    ActivationReport r = m.activate(dir);
    assertFalse(r.activated());
    assertFalse(r.problems().isEmpty());
    assertTrue(r.problems().stream().allMatch(x -> x.file().equals("demo/age.drl") && x.line() > 0),
        r.problems().toString());
  }

  @Test
  void aSyntaxErrorIsReportedInTheBrokenFileOnlyNotInFilesThatDependOnIt() {
    demoPack(dir);
    write(dir, "demo/types.drl", RulesTestSupport.HEADER + "declare Hit\n  n : int\nend\n");
    write(dir, "demo/use.drl", RulesTestSupport.HEADER
        + "rule \"用到Hit\"\nwhen\n  Hit( n > 1 )\nthen\nend\n");
    RuleBaseManager m = manager();
    assertTrue(m.activate(dir).activated());
    write(dir, "demo/types.drl", RulesTestSupport.HEADER + "declare Hit\n  n : int\nedn\nrule x when then\n");
    ActivationReport r = m.activate(dir);
    assertFalse(r.activated());
    assertTrue(r.problems().stream().allMatch(p -> p.file().equals("demo/types.drl")), r.summary());
  }

  @Test
  void unknownFileKindIsRefusedNotIgnored() {
    demoPack(dir);
    write(dir, "demo/policy.xlsx", "x");
    RuleProblem p = only(manager().activate(dir));
    assertEquals("demo/policy.xlsx", p.file());
    assertEquals("UNKNOWN_FILE_KIND", p.code());
    assertTrue(p.message().contains("*.drl.xlsx"));
  }

  @Test
  void editorTempFilesAreSkipped() throws Exception {
    demoPack(dir);
    write(dir, "demo/.age.drl.swp", "garbage");
    write(dir, "demo/age.drl~", "garbage");
    assertTrue(manager().activate(dir).activated());
  }

  @Test
  void gbkEncodedFileIsRefusedWithItsLine() throws Exception {
    demoPack(dir);
    Files.write(dir.resolve("demo/gbk.drl"),
        ("package x;\n// 注释\n").getBytes(Charset.forName("GBK")));
    RuleProblem p = only(manager().activate(dir));
    assertEquals("NOT_UTF8", p.code());
    assertEquals(2, p.line());
  }

  @Test
  void unregisteredClauseIsRefusedWithLineAndColumn() {
    demoPack(dir);
    write(dir, "demo/more.drl", RulesTestSupport.HEADER
        + "rule \"x\"\nwhen\n  Student()\nthen\n  out.warn(\"X\", \"NO-SUCH\", \"消息\");\nend\n");
    RuleProblem p = only(manager().activate(dir));
    assertEquals("CLAUSE_UNKNOWN", p.code());
    assertEquals(10, p.line());
    assertTrue(p.message().contains("NO-SUCH"));
  }

  @Test
  void mistakesInAScenarioFileAreSaidInChineseWithWhereTheyAre() {
    demoPack(dir);
    // a missing comma on line 2; an outcome that does not exist; a misspelt field of the case
    write(dir, "demo/tests/a-broken-json.json", "{\"name\": \"坏JSON\"\n \"case\": {}}");
    write(dir, "demo/tests/b-bad-outcome.json",
        scenario("结论写错", "2010-09-01", "PASS", ""));
    write(dir, "demo/tests/c-bad-field.json",
        scenario("字段写错", "2010-09-01", "COMPLIANT", "").replace("\"specialty\"", "\"speciality\""));
    ActivationReport r = manager().activate(dir);
    assertFalse(r.activated());
    List<String> why = r.failedScenarios().stream().map(s -> s.mismatches().get(0)).toList();
    assertTrue(why.get(0).startsWith("场景文件不是有效的JSON，第2行第2列：检查引号、逗号和括号是否成对"), why.get(0));
    assertEquals("expect.outcome 的值“PASS”无效，应为 COMPLIANT（符合）、NON_COMPLIANT（不符合）、"
        + "REVIEW（需人工复核）或 INVALID（输入有误）", why.get(1));
    assertTrue(why.get(2).startsWith("场景中的案件无法读取：case.students[0].speciality："), why.get(2));
  }

  @Test
  void failingScenarioBlocksActivationAndSaysExpectedAgainstActual() {
    demoPack(dir);
    write(dir, "demo/tests/ok.json", scenario("满16周岁当天", "2010-09-01", "COMPLIANT", ""));
    RuleBaseManager m = manager();
    ActivationReport first = m.activate(dir);
    assertTrue(first.activated(), first.summary());
    write(dir, "demo/tests/wrong.json",
        scenario("差一天", "2010-09-02", "COMPLIANT", ""));
    ActivationReport r = m.activate(dir);
    assertFalse(r.activated());
    assertNotEquals(first.version(), r.version());
    ScenarioResult s = r.failedScenarios().get(0);
    assertEquals("demo/tests/wrong.json", s.file());
    assertTrue(s.mismatches().contains("期望结论 COMPLIANT，实际 NON_COMPLIANT"), s.toString());
    assertTrue(s.mismatches().contains("期望发现 []，实际 [DEMO_UNDER_AGE]"), s.toString());
    assertEquals(first.version(), m.inForce().version());
  }

  @Test
  void scenarioParameterOverrideChangesTheDecision() {
    demoPack(dir);
    write(dir, "demo/tests/override.json", "{\"name\": \"最低年龄15\", \"params\": {\"demo.minAge\": \"15\"},"
        + "\"case\": " + internshipCase("2010-09-02")
        + ", \"expect\": {\"outcome\": \"COMPLIANT\", \"findings\": []}}");
    ActivationReport r = manager().activate(dir);
    assertTrue(r.activated(), r.summary());
  }

  @Test
  void savingOneFileRecompilesOnlyItsPack() {
    demoPack(dir);
    write(dir, "other/x.drl", RulesTestSupport.HEADER.replace("demo", "other"));
    RuleBaseManager m = manager();
    assertTrue(m.activate(dir).activated());
    var demoBefore = m.inForce().kieBaseOf("demo");
    var otherBefore = m.inForce().kieBaseOf("other");
    write(dir, "other/x.drl", RulesTestSupport.HEADER.replace("demo", "other") + "\n// 修改\n");
    assertTrue(m.activate(dir).activated());
    org.junit.jupiter.api.Assertions.assertSame(demoBefore, m.inForce().kieBaseOf("demo"));
    org.junit.jupiter.api.Assertions.assertNotSame(otherBefore, m.inForce().kieBaseOf("other"));
  }

  @Test
  void deletingAFileChangesTheVersion() throws Exception {
    demoPack(dir);
    write(dir, "demo/extra.drl", RulesTestSupport.HEADER);
    RuleBaseManager m = manager();
    String v1 = m.activate(dir).version();
    Files.delete(dir.resolve("demo/extra.drl"));
    String v2 = m.activate(dir).version();
    assertNotEquals(v1, v2);
    assertEquals(v2, m.inForce().version());
  }
}
