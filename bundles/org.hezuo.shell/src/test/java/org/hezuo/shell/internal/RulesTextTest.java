package org.hezuo.shell.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.admin.PackInfo;
import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.admin.RulesStatus;
import org.hezuo.api.admin.ScenarioResult;
import org.junit.jupiter.api.Test;

class RulesTextTest {

  @Test
  void showsVersionPacksAndWhyTheLastChangeWasRefused() {
    ActivationReport refused = new ActivationReport("v2", false, "watcher", "rules", List.of(),
        List.of(), List.of("committees/committees.drl"),
        List.of(new RuleProblem("committees/committees.drl", 12, 5, "DRL_COMPILE", "缺少右括号")),
        List.of(new ScenarioResult("committees/tests/a.json", "基准", false,
            List.of("期望结论 COMPLIANT，实际 NON_COMPLIANT"))),
        0, 40, Instant.EPOCH);
    RulesStatus s = new RulesStatus("v1", Instant.EPOCH, "/srv/rules",
        List.of(new PackInfo("committees", 12, 31, List.of("COMMITTEE")),
            new PackInfo("cooperation-modes", 49, 60),
            new PackInfo("national-internship", 55, 90, List.of("POST_INTERNSHIP", "WORK_STUDY"))), 181, null, refused);
    String text = RulesText.format(s);
    assertTrue(text.contains("规则版本：v1"), text);
    assertTrue(text.contains("committees           12    31    委员会"), text);
    assertTrue(text.contains("cooperation-modes    49    60    全部"), text);
    assertTrue(text.contains("national-internship  55    90    岗位实习、勤工俭学"), text);
    assertTrue(text.contains("最近一次被拒绝的修改：版本 v2"), text);
    assertTrue(text.contains("committees/committees.drl:12:5  DRL_COMPILE  缺少右括号"), text);
    assertTrue(text.contains("场景 committees/tests/a.json（基准）：期望结论 COMPLIANT"), text);
  }

  @Test
  void listsTheRulesInForceThatFailedOnACase() {
    RulesStatus s = new RulesStatus("v1", Instant.EPOCH, "/srv/rules",
        List.of(new PackInfo("local", 1, 0)), 0, null, null,
        List.of(new RuleProblem("local/a.drl", 10, 0, "RULE_RUNTIME_ERROR", "第10行规则“甲”执行出错——除数为零")));
    String text = RulesText.format(s);
    assertTrue(text.contains("在用规则执行出错（1 处；有关案件已转人工复核，请修改规则）：\n"), text);
    assertTrue(text.contains("local/a.drl:10  RULE_RUNTIME_ERROR  第10行规则“甲”执行出错——除数为零"), text);
  }

  @Test
  void saysWhenNothingIsInForce() {
    RulesStatus s = new RulesStatus(null, null, "/srv/rules", List.of(), 0, null, null);
    assertTrue(RulesText.format(s).startsWith("规则库：尚未生效"));
  }
}
