package org.hezuo.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hezuo.api.admin.RuleProblem;
import org.junit.jupiter.api.Test;

class ParametersTest {
  private static final String FILE = """
      # 满16周岁的起算日
      # 可选值：birthday、day-after
      intern.ageBoundary=birthdy

      # 超过比例时的处理
      # 可选值：BLOCK、REVIEW
      intern.capSeverity=REVIEW
      intern.restDaySeverity=REVEIW
      # 报酬下限的百分比：不限于几个值
      intern.payPercent=80

      # 可选值（可多选）：MONTHLY、TERMLY、PERIODIC
      coop.alternationCycles=MONTHLY, TERMLY
      """;

  private static Parameters parse(List<RuleProblem> problems) {
    return Parameters.parse(List.of(new RuleFile("demo", "demo/pack.properties", RuleFile.Kind.PARAMETERS,
        FILE.getBytes(StandardCharsets.UTF_8), FILE)), problems);
  }

  @Test
  void aValueOutsideTheDeclaredChoicesIsRefusedWithFileLineAndTheChoices() {
    List<RuleProblem> problems = new ArrayList<>();
    parse(problems);
    assertEquals(List.of(
        "demo/pack.properties:3 PARAMETER_VALUE 参数 intern.ageBoundary 的值“birthdy”不在可选值中，应为以下之一：birthday、day-after",
        "demo/pack.properties:8 PARAMETER_VALUE 参数 intern.restDaySeverity 的值“REVEIW”不在可选值中，应为以下之一：BLOCK、REVIEW"),
        problems.stream().map(p -> p.file() + ":" + p.line() + " " + p.code() + " " + p.message()).toList());
  }

  @Test
  void aScenarioCannotOverrideWithAValueOutsideTheChoices() {
    Parameters p = parse(new ArrayList<>());
    assertEquals("PERIODIC", p.with(Map.of("coop.alternationCycles", "PERIODIC")).text("coop.alternationCycles"));
    assertEquals("81", p.with(Map.of("intern.payPercent", "81")).text("intern.payPercent"), "no choices declared");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> p.with(Map.of("coop.alternationCycles", "MONTHLY,WEEKLY")));
    assertEquals("参数 coop.alternationCycles 的值“MONTHLY,WEEKLY”不在可选值中，应为以下一个或几个（逗号分隔）："
        + "MONTHLY、TERMLY、PERIODIC", e.getMessage());
  }

  @Test
  void typedValuesAreReadOnceAndAnOverrideIsReadAnew() {
    Parameters p = parse(new ArrayList<>());
    assertEquals(new java.math.BigDecimal("80"), p.decimal("intern.payPercent"));
    assertEquals(80, p.integer("intern.payPercent"), "the same value read as another type");
    assertEquals(new java.math.BigDecimal("80"), p.decimal("intern.payPercent"));
    Parameters changed = p.with(Map.of("intern.payPercent", "75.5"));
    assertEquals(new java.math.BigDecimal("75.5"), changed.decimal("intern.payPercent"));
    assertEquals(new java.math.BigDecimal("80"), p.decimal("intern.payPercent"), "the original is untouched");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> changed.integer("intern.payPercent"));
    assertEquals("参数 intern.payPercent 应为整数：75.5", e.getMessage());
    IllegalArgumentException again = assertThrows(IllegalArgumentException.class, () -> p.flag("intern.capSeverity"));
    assertEquals("参数 intern.capSeverity 应为 true 或 false：REVIEW", again.getMessage());
  }
}
