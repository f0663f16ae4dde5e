package org.hezuo.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.admin.ScenarioResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committees pack's decision table {@code composition.drl.xlsx}: the shipped file compiles to
 * one rule per row, and what policy staff can get wrong in a row is refused or reported naming
 * the cell or the column and value.
 */
class CompositionTableTest {
  static final Path PACK = ShippedRulesTest.RULES.resolve("committees");
  @TempDir Path dir;

  @BeforeEach
  void copyPack() throws IOException {
    RulesTestSupport.copyTree(PACK, dir.resolve("committees"));
  }

  private void table(String[][] rows) throws IOException {
    Files.write(dir.resolve("committees/composition.drl.xlsx"),
        DecisionTableGenerator.workbook(DecisionTableGenerator.COLUMNS, rows));
  }

  private DroolsRuleCompiler.Result compile() {
    return new DroolsRuleCompiler(getClass().getClassLoader()).compile(RuleSourceLoader.load(dir));
  }

  private static String[][] withCell(int row, int column, String value) {
    String[][] rows = new String[DecisionTableGenerator.ROWS.length][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = DecisionTableGenerator.ROWS[i].clone();
    }
    rows[row][column] = value;
    return rows;
  }

  @Test
  void shippedTableCompilesToOneRulePerRow() throws IOException {
    // the committed spreadsheet is the source (staff edit it): check its rules, not the generator's
    RuleSet set = RuleSourceLoader.load(ShippedRulesTest.RULES);
    assertTrue(set.files().stream().anyMatch(f -> f.path().equals("committees/composition.drl.xlsx")
        && f.kind() == RuleFile.Kind.DTABLE_XLSX));
    assertEquals(List.of(), SafetyLinter.lint(set));
    String drl;
    try (var in = Files.newInputStream(PACK.resolve("composition.drl.xlsx"))) {
      drl = new org.drools.decisiontable.SpreadsheetCompiler().compile(in,
          org.drools.decisiontable.InputType.XLS);
    }
    List<String> names = java.util.regex.Pattern.compile("(?m)^rule \"([^\"]+)\"").matcher(drl)
        .results().map(m -> m.group(1)).toList();
    assertTrue(names.size() >= 11, drl);
    DroolsRuleCompiler.Result r = compile();
    assertEquals(List.of(), r.problems());
    Set<String> rules = r.ruleBase().kieBaseOf("committees").getKiePackage("org.hezuo.rules.committees").getRules()
        .stream().map(org.kie.api.definition.rule.Rule::getName).collect(Collectors.toSet());
    assertTrue(rules.containsAll(names), names + " not all in " + rules);
  }

  @Test
  void systemExitInAnActionCellIsRefusedNamingTheCell() throws IOException {
    List<DecisionTableGenerator.Column> columns = new java.util.ArrayList<>(DecisionTableGenerator.COLUMNS);
    DecisionTableGenerator.Column last = columns.get(12);
    columns.set(12, new DecisionTableGenerator.Column(last.keyword(), last.object(),
        last.template() + " System.exit(0);", last.header(), last.note()));
    Files.write(dir.resolve("committees/composition.drl.xlsx"),
        DecisionTableGenerator.workbook(columns, DecisionTableGenerator.ROWS));
    DroolsRuleCompiler.Result r = compile();
    assertNull(r.ruleBase());
    RuleProblem p = r.problems().stream().filter(x -> x.code().equals("UNSAFE_API")).findFirst()
        .orElse(null);
    assertNotNull(p, r.problems().toString());
    assertEquals("committees/composition.drl.xlsx", p.file());
    assertTrue(p.message().contains("工作表“委员会组成”单元格M13"), p.message());
  }

  @Test
  void codeTypedIntoARowCellStaysText() throws IOException {
    // Drools escapes the quotes of a cell value, and every template puts the value in quotes
    table(withCell(0, 12, "未设主任\", $c); System.exit(0); //"));
    DroolsRuleCompiler.Result r = compile();
    assertEquals(List.of(), r.problems());
  }

  @Test
  void unregisteredClauseIsReportedAtItsCell() throws IOException {
    table(withCell(2, 11, "SEED-P1-99"));
    DroolsRuleCompiler.Result r = compile();
    assertNull(r.ruleBase());
    assertEquals(1, r.problems().size(), r.problems().toString());
    RuleProblem p = r.problems().get(0);
    assertEquals("CLAUSE_UNKNOWN", p.code());
    assertEquals("决策表工作表“委员会组成”单元格L17：条款编号 SEED-P1-99 未在任何 clauses.tsv 中登记",
        p.message());
  }

  @Test
  void rowWithoutConclusionDoesNotCompile() throws IOException {
    assertEquals(List.of(), compile().problems());
    // same path, new content: Drools caches tables by source path, the compiler must not let it
    table(withCell(0, 8, ""));
    DroolsRuleCompiler.Result r = compile();
    assertNull(r.ruleBase());
    assertTrue(r.problems().stream().allMatch(p -> p.code().equals("DRL_COMPILE")
        && p.file().equals("committees/composition.drl.xlsx")), r.problems().toString());
  }

  @Test
  void misspelledCategoryFailsTheScenariosNamingColumnAndValue() throws IOException {
    table(withCell(6, 6, "技术专家、人力资源专家"));
    DroolsRuleCompiler.Result r = compile();
    assertEquals(List.of(), r.problems());
    RuleBase rb = r.ruleBase();
    DroolsPolicyEvaluator evaluator = new DroolsPolicyEvaluator(() -> rb,
        RulesTestSupport.VALIDATOR, getClass().getClassLoader(), RulesTestSupport.CLOCK);
    ScenarioRunner runner = new ScenarioRunner(evaluator::evaluate);
    RuleFile baseline = rb.scenarios().stream()
        .filter(f -> f.path().endsWith("advisory-baseline-2-meetings.json")).findFirst().orElseThrow();
    ScenarioResult result = runner.run(baseline);
    assertTrue(!result.passed(), result + " / " + rb.version());
    assertTrue(result.toString().contains(
        "决策表 composition.drl.xlsx 的“身份类别”列中的“人力资源专家”无法识别，可以填写：技术专家、人力资源管理专家"),
        result.toString());
  }
}
