package org.hezuo.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hezuo.api.admin.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DslDiagnosticsTest {
  @TempDir Path dir;

  static final String DSL = """
      # demo sentences, ASCII punctuation only
      [when]案件为岗位实习=$case : PolicyCase( caseType == CaseType.POST_INTERNSHIP, $on : asOf )
      [when]有学生=$s : Student( )
      [when]-年级为{年级}=grade != null, grade == {年级}
      [when]学生未满{年龄}周岁时=eval( $s.getBirthDate() != null && Calc.underAge($s.getBirthDate(), $on, {年龄}, "birthday") )
      [then]判定不符合,代码{代码},依据{条款}:{说明}=out.block("{代码}", "{条款}", "{说明}" + $s.getName(), $s);
      """;

  static final String HEAD = """
      package org.hezuo.rules.demo;
      import org.hezuo.api.model.*;
      import org.hezuo.api.rules.Calc;
      expander demo.dsl
      global org.hezuo.api.rules.RuleOutput out;
      global org.hezuo.api.rules.PackParameters params;

      rule "未满16周岁"
        @clause("DEMO-1")
      when
        案件为岗位实习
        有学生
      """;

  private List<RuleProblem> compile(String dsl, String dslr) {
    RulesTestSupport.write(dir, "demo/demo.dsl", dsl);
    RulesTestSupport.write(dir, "demo/age.dslr", dslr);
    RulesTestSupport.write(dir, "demo/clauses.tsv", "id\tsource\tarticle\ttext\n"
        + "DEMO-1\t《职业学校学生实习管理规定》\t第十六条第（二）项\t不得安排未满16周岁的学生岗位实习\n");
    RuleSet set = RuleSourceLoader.load(dir);
    return new DroolsRuleCompiler(getClass().getClassLoader()).compile(set).problems();
  }

  @Test
  void fullWidthSentencesCompile() {
    List<RuleProblem> problems = compile(DSL, HEAD + """
          学生未满16周岁时
        then
          判定不符合，代码DEMO_UNDER_16，依据DEMO-1：学生（“未满16周岁”）不得岗位实习：
        end
        """);
    assertEquals(List.of(), problems);
  }

  @Test
  void aSentenceNamingAParameterNoPackDefinesIsRefusedOnItsLine() {
    String dsl = DSL + "[when]学生年龄低于参数{参数}时=eval( $s.getBirthDate() != null && Calc.underAge($s.getBirthDate(), $on, params.integer(\"{参数}\"), \"birthday\") )\n";
    List<RuleProblem> problems = compile(dsl, HEAD + """
          学生年龄低于参数demo.minAg时
        then
          判定不符合，代码DEMO_UNDER_16，依据DEMO-1：学生未满16周岁
        end
        """);
    assertEquals(List.of("demo/age.dslr:13 PARAMETER_UNKNOWN"),
        problems.stream().map(p -> p.file() + ":" + p.line() + " " + p.code()).toList());
  }

  @Test
  void unknownSentenceIsOneProblemWithSuggestions() {
    List<RuleProblem> problems = compile(DSL, HEAD + """
          学生未满16周岁的，不得安排岗位实习
        then
          判定不符合，代码DEMO_UNDER_16，依据DEMO-1：学生未满16周岁
        end
        """);
    assertEquals(1, problems.size(), problems.toString());
    RuleProblem p = problems.get(0);
    assertEquals("DSL_UNKNOWN_SENTENCE", p.code());
    assertEquals("demo/age.dslr", p.file());
    assertEquals(13, p.line());
    assertTrue(p.message().startsWith("第13行的句子“学生未满16周岁的，不得安排岗位实习”无法识别"), p.message());
    assertTrue(p.message().contains("最接近的句子：「学生未满{年龄}周岁时」"), p.message());
  }

  @Test
  void unknownConclusionSuggestsThenSentences() {
    List<RuleProblem> problems = compile(DSL, HEAD + """
          学生未满16周岁时
        then
          判定为不符合，代码DEMO_UNDER_16
        end
        """);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(15, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("「判定不符合,代码{代码},依据{条款}:{说明}」"),
        problems.get(0).message());
  }

  @Test
  void fullWidthPunctuationInDslNamesLineAndCharacter() {
    List<RuleProblem> problems = compile(DSL.replace("[when]有学生=", "[when]有学生，且在读=")
        , HEAD + "  学生未满16周岁时\nthen\n  判定不符合,代码A,依据DEMO-1:x\nend\n");
    RuleProblem p = problems.stream().filter(x -> x.code().equals("DSL_PUNCTUATION")).findFirst()
        .orElseThrow(() -> new AssertionError(problems.toString()));
    assertEquals("demo/demo.dsl", p.file());
    assertEquals(3, p.line());
    assertEquals(10, p.column());
    assertTrue(p.message().contains("“，”") && p.message().contains("“,”"), p.message());
  }

  @Test
  void codeSmuggledThroughASentenceIsRefused() {
    List<RuleProblem> problems = compile(DSL, HEAD + """
          学生未满Runtime.getRuntime().availableProcessors()周岁时
        then
          判定不符合，代码DEMO_UNDER_16，依据DEMO-1：x
        end
        """);
    assertTrue(problems.stream().anyMatch(p -> p.code().equals("UNSAFE_API") && p.line() == 13),
        problems.toString());
  }

  @Test
  void unknownClauseInAConclusionIsReported() {
    List<RuleProblem> problems = compile(DSL, HEAD + """
          学生未满16周岁时
        then
          判定不符合，代码DEMO_UNDER_16，依据DEMO-9：x
        end
        """);
    assertTrue(problems.stream().anyMatch(p -> p.code().equals("CLAUSE_UNKNOWN") && p.line() == 15),
        problems.toString());
  }

  @Test
  void decisionTableActionCellIsLinted() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("规则");
      String[][] rows = {
        {"RuleSet", "org.hezuo.rules.demo"},
        {"Import", "org.hezuo.api.model.*"},
        {"Variables", "org.hezuo.api.rules.RuleOutput out"},
        {},
        {"RuleTable 年级"},
        {"CONDITION", "ACTION"},
        {"$s : Student", ""},
        {"grade == $param", "System.exit(0);"},
        {"年级", "动作"},
        {"1", "X"},
      };
      for (int i = 0; i < rows.length; i++) {
        Row r = s.createRow(i);
        for (int j = 0; j < rows[i].length; j++) {
          r.createCell(j).setCellValue(rows[i][j]);
        }
      }
      wb.write(bos);
      xlsx = bos.toByteArray();
    }
    Files.createDirectories(dir.resolve("demo"));
    Files.write(dir.resolve("demo/grade.drl.xlsx"), xlsx);
    RuleSet set = RuleSourceLoader.load(dir);
    List<RuleProblem> problems = SafetyLinter.lint(set);
    RuleProblem p = problems.stream().filter(x -> x.code().equals("UNSAFE_API")).findFirst()
        .orElse(null);
    assertNotNull(p, problems.toString());
    assertEquals("demo/grade.drl.xlsx", p.file());
    assertTrue(p.message().contains("工作表“规则”单元格B8"), p.message());
    assertTrue(new DroolsRuleCompiler(getClass().getClassLoader()).compile(set).ruleBase() == null);
  }
}
