package org.hezuo.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hezuo.api.admin.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes policy staff make in DRL, answered in Chinese on the line concerned with the names
 * that would fit (Drools names a consequence's error on the rule's first line, in English).
 */
class DrlErrorsTest {
  @TempDir Path dir;

  /** Header lines 1–5, blank line 6, rule on line 7, condition on line 10, consequence on 12. */
  private List<RuleProblem> compile(String condition, String consequence) {
    RulesTestSupport.write(dir, "demo/local.drl", RulesTestSupport.HEADER + "\n"
        + "rule \"本地补充规则\"\n"
        + "  @clause(\"DEMO-1\")\n"
        + "when\n"
        + "  " + condition + "\n"
        + "then\n"
        + "  " + consequence + "\n"
        + "end\n");
    RulesTestSupport.write(dir, "demo/clauses.tsv",
        "id\tsource\tarticle\ttext\nDEMO-1\t《职业学校学生实习管理规定》\t第十六条\t条文\n");
    return new DroolsRuleCompiler(getClass().getClassLoader())
        .compile(RuleSourceLoader.load(dir)).problems();
  }

  private static final String BLOCK = "out.block(\"DEMO_X\", \"DEMO-1\", \"说明\", $s);";

  private static RuleProblem only(List<RuleProblem> problems) {
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  @Test
  void anUnknownFieldNamesTheClassInChineseAndTheNearestFields() {
    RuleProblem p = only(compile("$s : Student( grde == 1 )", BLOCK));
    assertEquals("DRL_UNKNOWN_FIELD", p.code());
    assertEquals(10, p.line());
    assertTrue(p.message().startsWith("第10行：“学生”（Student）没有“grde”这一项。最接近的：grade（年级）"),
        p.message());
    assertTrue(p.message().endsWith("（Drools：Unable to Analyse Expression grde == 1:）"), p.message());
  }

  @Test
  void aFieldWrittenByItsChineseNameIsToldItsEnglishName() {
    RuleProblem p = only(compile("$s : Student( 年级 == 1 )", BLOCK));
    assertEquals("DRL_UNKNOWN_FIELD", p.code());
    assertTrue(p.message().contains("“年级”应写成 grade"), p.message());
  }

  @Test
  void anUnknownEnumValueListsTheValuesWithTheirLabels() {
    RuleProblem p = only(compile("$s : Student( gender == Gender.FEMAL )", BLOCK));
    assertEquals("DRL_UNKNOWN_VALUE", p.code());
    assertEquals(10, p.line());
    assertTrue(p.message().contains("Gender 没有取值“FEMAL”。可用的取值：MALE（男）、FEMALE（女）"), p.message());
  }

  @Test
  void aMisspeltFactTypeSuggestsTheModelsTypes() {
    List<RuleProblem> problems = compile("$s : Studnet( grade == 1 )", BLOCK);
    RuleProblem p = problems.get(0);
    assertEquals("DRL_UNKNOWN_TYPE", p.code());
    assertEquals(10, p.line());
    assertTrue(p.message().contains("找不到事实类型“Studnet”。最接近的：“学生”（Student）"), p.message());
  }

  @Test
  void consequenceErrorsAreReportedOnTheirOwnLineNotTheRulesFirst() {
    RuleProblem unbound = only(compile("$st : Student( grade == 1 )", BLOCK));
    assertEquals("DRL_UNDEFINED", unbound.code());
    assertEquals(12, unbound.line(), unbound.toString());
    assertTrue(unbound.message().contains("“$s”没有在条件中绑定"), unbound.message());

    RuleProblem method = only(compile("$s : Student( grade == 1 )",
        "out.blok(\"DEMO_X\", \"DEMO-1\", \"说明\", $s);"));
    assertEquals("DRL_UNDEFINED", method.code());
    assertEquals(12, method.line());
    assertEquals(6, method.column());
    assertTrue(method.message().contains("out 没有“blok”。可用：block（不符合）、review（需人工复核）"),
        method.message());

    RuleProblem getter = only(compile("$s : Student( grade == 1 )",
        "out.block(\"DEMO_X\", \"DEMO-1\", \"年龄\" + $s.getAge(), $s);"));
    assertEquals("DRL_UNKNOWN_FIELD", getter.code());
    assertEquals(12, getter.line());
    assertTrue(getter.message().contains("“学生”（Student）没有“age”这一项"), getter.message());

    RuleProblem semicolon = only(compile("$s : Student( grade == 1 )",
        "out.value(\"n\", 1)\n  " + BLOCK));
    assertEquals("DRL_SYNTAX", semicolon.code());
    assertEquals(12, semicolon.line(), semicolon.toString());
    assertTrue(semicolon.message().contains("少了结尾的分号"), semicolon.message());
  }

  @Test
  void commonSlipsAreExplained() {
    assertTrue(compile("$s : Student( grade = 1 )", BLOCK).get(0).message()
        .startsWith("第10行第23列：这里不应出现“=”：比较是否相等要写两个等号 =="));
    assertTrue(compile("$s : Student( grade == 1 and name != null )", BLOCK).get(0).message()
        .contains("同一事实的几个条件用逗号或 && 连接"));
    RuleProblem comma = only(compile("$s : Student( grade == 1 )",
        "out.block(\"DEMO_X\", \"DEMO-1\", \"说明\" $s);"));
    assertEquals("DRL_SYNTAX", comma.code());
    assertEquals(12, comma.line());
    assertTrue(comma.message().contains("本规则的结论中“$s”附近写法有误"), comma.message());
  }

  @Test
  void aRuleNameUsedTwiceIsReportedWhereItIsRepeated() {
    RuleProblem p = only(compile("$s : Student( grade == 1 )", BLOCK + "\nend\n\nrule \"本地补充规则\"\nwhen\n  PolicyCase()\nthen\n  "
        + "out.value(\"x\", 1);"));
    assertEquals("DRL_DUPLICATE_RULE", p.code());
    assertEquals(15, p.line(), p.toString());
    assertTrue(p.message().contains("规则名称“本地补充规则”重复（第7行已有）"), p.message());
  }

  @Test
  void aParameterNameMisspeltIsRefusedWhenSavedWithTheNamesThatWouldFit() {
    RulesTestSupport.write(dir, "demo/pack.properties", "# 最低年龄\ndemo.minAge=16\n");
    RuleProblem p = only(compile("$s : Student( grade < params.integer(\"demo.minAg\") )", BLOCK));
    assertEquals("demo/local.drl:10:41 PARAMETER_UNKNOWN", p.file() + ":" + p.line() + ":" + p.column() + " " + p.code());
    assertEquals("第10行读取的参数 demo.minAg 未在任何 pack.properties 中定义；最接近的：demo.minAge", p.message());
  }

  @Test
  void aMissingClosingParenthesisIsExplained() {
    RuleProblem p = compile("$s : Student( grade == 1", BLOCK).get(0);
    assertEquals("DRL_SYNTAX", p.code());
    assertEquals(11, p.line());
    assertTrue(p.message().contains("这里不应出现“then”：上面的条件还没有结束，多半是少了右括号“)”"), p.message());
  }

  @Test
  void textComparedWithANumberOrYesNoFieldIsRefusedWhenSavedNotWhenACaseMeetsIt() {
    RuleProblem grade = only(compile("$s : Student( name != \"张三\", grade == \"一年级\" )", BLOCK));
    assertEquals("demo/local.drl:10:40 DRL_TYPE_MISMATCH",
        grade.file() + ":" + grade.line() + ":" + grade.column() + " " + grade.code());
    assertEquals("第10行：grade（年级）是数字，不能与文字“一年级”比较（要到审查案件时才会出错）。请去掉引号，写成如 grade == 1",
        grade.message());
    RuleProblem nested = only(compile("$p : Placement( pay.monthlyAmount < \"2000元\" )", BLOCK.replace("$s", "$p")));
    assertTrue(nested.message().startsWith("第10行：pay.monthlyAmount（"), nested.message());
    RuleProblem yesNo = only(compile("$s : Student( independentWork == \"是\" )", BLOCK));
    assertEquals("DRL_TYPE_MISMATCH", yesNo.code());
    assertTrue(yesNo.message().contains("是是否（true / false），不能与文字“是”比较"), yesNo.message());
    // an option compared with text is never equal: the rule would silently never fire
    RuleProblem female = only(compile("$s : Student( gender == \"女\" )", BLOCK));
    assertEquals("第10行：gender（性别）是选项，不能与文字“女”比较（永远不成立，规则不会触发）。请写成 gender == Gender.FEMALE",
        female.message());
    assertTrue(only(compile("$s : Student( gender != \"其他\" )", BLOCK)).message()
        .endsWith("请写成 gender != 以下之一：Gender.MALE（男）、Gender.FEMALE（女）"));
    // a date written as text fails when a case meets it; Drools' own 01-Jan-2010 converts
    RuleProblem date = only(compile("$s : Student( birthDate < \"2010/1/1\" )", BLOCK));
    assertTrue(date.message().endsWith("是日期，不能与文字“2010/1/1”比较（要到审查案件时才会出错）。"
        + "请写成 birthDate < java.time.LocalDate.of(2010, 1, 1)"), date.message());
    assertEquals(List.of(), compile("$s : Student( birthDate < \"01-Jan-2010\" )", BLOCK));
    // numbers written as text still convert, text fields take text: nothing to say
    assertEquals(List.of(), compile("$s : Student( grade == \"2\", name == \"一年级\" )", BLOCK));
  }

  @Test
  void fullWidthPunctuationInCodeIsFoundBeforeDroolsParsesTheFile() {
    // full-width marks in strings and comments are text; in code they are mistakes
    List<RuleProblem> problems = compile("$s : Student（ grade == 1 ） // 一年级（含）",
        "out.block(\"DEMO_X\", \"DEMO-1\", \"说明：（一年级）\", $s)；");
    assertEquals(List.of("demo/local.drl:10:15 DRL_FULLWIDTH", "demo/local.drl:12:48 DRL_FULLWIDTH"),
        problems.stream().map(p -> p.file() + ":" + p.line() + ":" + p.column() + " " + p.code()).toList());
    assertEquals(List.of(), compile("/* 说明：（全角） */ $s : Student( grade == 1 )", BLOCK),
        "full-width marks in /* */ comments");
    assertTrue(problems.get(0).message().startsWith("第10行第15列是全角的“（”：规则代码中（引号和注释以外）的标点要用半角，应为“(”"),
        problems.get(0).message());
  }
}
