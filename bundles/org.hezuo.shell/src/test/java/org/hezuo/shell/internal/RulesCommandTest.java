package org.hezuo.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final FakeRules rules = new FakeRules();
  private final RulesCommand cmd = new RulesCommand(rules, SHANGHAI);

  @Test
  void statusShowsVersionSincePacksAndTheLastRefusal() {
    rules.nextActivationFails = true;
    cmd.activate("zhang");
    CommandResult r = cmd.run(List.of(), "x");
    assertEquals(CommandResult.OK, r.exitCode());
    String out = r.output();
    assertTrue(out.contains("规则版本：v1aaaaaaaaaaaaaaaa（2026-03-01 16:00:00 启用）"), out);
    assertTrue(out.contains("national-internship  30    12"), out);
    // CJK names take two columns: 委员会 is 6 wide, padded to the 19 of national-internship
    assertTrue(out.contains("  委员会" + " ".repeat(15) + "7     4"), out);
    assertTrue(out.contains("合计"), out);
    assertTrue(out.contains("最近一次被拒绝的修改：版本 v2cccccccccccccccc（2026-03-01 16:00:00，操作人 zhang）"), out);
    assertTrue(out.contains("internship/age.drl:12:5  DRL_COMPILE  缺少右括号"), out);
  }

  @Test
  void validateGoodDirectoryIsExit0AndDoesNotActivate(@TempDir Path dir) {
    CommandResult r = cmd.run(List.of("validate", dir.toString()), "x");
    assertEquals(CommandResult.OK, r.exitCode(), r.output());
    assertTrue(r.output().contains("可以启用"), r.output());
    assertEquals(dir.toAbsolutePath().normalize(), rules.validated);
    assertEquals("v1aaaaaaaaaaaaaaaa", rules.inForce);
  }

  @Test
  void validateRefusedDirectoryIsExit4WithProblemsAndScenarios(@TempDir Path tmp) throws Exception {
    Path bad = Files.createDirectory(tmp.resolve("bad"));
    CommandResult r = cmd.validate(bad);
    assertEquals(CommandResult.REFUSED, r.exitCode());
    assertTrue(r.output().contains("不能启用"), r.output());
    assertTrue(r.output().contains("internship/age.drl:12:5  DRL_COMPILE  缺少右括号"), r.output());

    Path fails = Files.createDirectory(tmp.resolve("fails"));
    r = cmd.validate(fails);
    assertEquals(CommandResult.REFUSED, r.exitCode());
    assertTrue(r.output().contains("场景测试  通过 1/2"), r.output());
    assertTrue(r.output().contains("internship/tests/minor.json（未成年学生）\n      期望结论 NON_COMPLIANT，实际 COMPLIANT"),
        r.output());
  }

  @Test
  void validateMissingDirectoryIsBadInput(@TempDir Path tmp) {
    assertEquals(CommandResult.BAD_INPUT, cmd.validate(tmp.resolve("nope")).exitCode());
  }

  @Test
  void activateRecordsTheActorAndRefusalIsExit4() {
    CommandResult r = cmd.run(List.of("activate"), "li");
    assertEquals(CommandResult.OK, r.exitCode(), r.output());
    assertTrue(r.output().startsWith("已启用 规则版本 v2cccccccccccccccc（操作人 li，"), r.output());
    assertEquals("li", rules.history.get(0).actor());
    rules.nextActivationFails = true;
    r = cmd.run(List.of("activate"), "li");
    assertEquals(CommandResult.REFUSED, r.exitCode());
    assertTrue(r.output().contains("生效的版本未改变"), r.output());
  }

  @Test
  void rollbackTakesAUniquePrefixAndUnknownVersionIsRefused() {
    CommandResult r = cmd.run(List.of("rollback", "v0bbb"), "wang");
    assertEquals(CommandResult.OK, r.exitCode(), r.output());
    assertEquals("v0bbbbbbbbbbbbbbbb", rules.inForce);
    r = cmd.run(List.of("rollback", "zzz"), "wang");
    assertEquals(CommandResult.REFUSED, r.exitCode());
    assertTrue(r.output().contains("VERSION_UNKNOWN"), r.output());
  }

  @Test
  void historyListsWhoWhenVersionResultAndChanges() {
    rules.nextActivationFails = true;
    cmd.activate("zhang");
    String out = cmd.history().output();
    assertTrue(out.contains("启用记录（2 次，最新在前"), out);
    String[] lines = out.split("\n");
    assertTrue(lines[1].startsWith("  时间"), out);
    assertTrue(lines[2].contains("zhang") && lines[2].contains("被拒绝（DRL_COMPILE）")
        && lines[2].contains("+a/new.drl ~internship/age.drl"), out);
    assertTrue(lines[3].contains("启动") && lines[3].contains("已启用"), out);
    // columns line up: the result column starts at the same display column in every row
    int col = TextTable.width(lines[2].substring(0, lines[2].indexOf("被拒绝")));
    assertEquals(col, TextTable.width(lines[3].substring(0, lines[3].indexOf("已启用"))), out);
  }

  @Test
  void repeatedStartUpActivationsAreOneLine() {
    for (int i = 0; i < 3; i++) {
      rules.history.add(0, new org.hezuo.api.admin.ActivationReport("v1aaaaaaaaaaaaaaaa", true, "启动",
          "/srv/rules", null, null, null, List.of(), List.of(), 42, 100,
          FakeRules.T0.plusSeconds(60 * (i + 1))));
    }
    String out = cmd.history().output();
    assertTrue(out.contains("已启用（3 次，最早 2026-03-01 16:01:00）"), out);
    assertEquals(4, out.split("\n").length, out); // title, header, the run of 3, the first start
  }

  @Test
  void versionsMarkTheOneInForce() {
    String out = cmd.versions().output();
    assertTrue(out.contains("v1aaaaaaaaaaaaaaaa  生效中"), out);
    assertTrue(out.contains("v0bbbbbbbbbbbbbbbb  可回滚"), out);
  }

  @Test
  void scenariosReportFailuresWithExpectedAndActual() {
    CommandResult r = cmd.run(List.of("scenarios"), "x");
    assertEquals(CommandResult.REFUSED, r.exitCode());
    assertTrue(r.output().contains("通过 1/2"), r.output());
    assertTrue(r.output().contains("期望结论 NON_COMPLIANT，实际 COMPLIANT"), r.output());
    r = cmd.run(List.of("scenarios", "national-internship"), "x");
    assertEquals(CommandResult.OK, r.exitCode(), r.output());
    assertEquals(CommandResult.BAD_INPUT, cmd.run(List.of("scenarios", "nope"), "x").exitCode());
  }

  @Test
  void wrongArgumentsAreUsage() {
    assertEquals(CommandResult.USAGE, cmd.run(List.of("rollback"), "x").exitCode());
    assertEquals(CommandResult.USAGE, cmd.run(List.of("validate"), "x").exitCode());
    assertEquals(CommandResult.USAGE, cmd.run(List.of("frob"), "x").exitCode());
  }

  @Test
  void gogoActorIsTheSessionUserOrShell() {
    assertEquals("shell", HezuoCommands.actor(null));
  }

  @Test
  void cliRunsRulesAsTheOsUser() throws InterruptedException {
    CliMain main = new CliMain(FakeEvaluator::new, () -> rules, java.time.Duration.ofSeconds(5))
        .actor("zhao");
    CommandResult r = main.run(List.of("rules", "activate"));
    assertEquals(CommandResult.OK, r.exitCode(), r.output());
    assertEquals("zhao", rules.history.get(0).actor());
    assertEquals(CommandResult.USAGE, main.run(List.of("rules", "rollback")).exitCode());
    CliMain none = new CliMain(FakeEvaluator::new, () -> null, java.time.Duration.ofMillis(100));
    assertEquals(CommandResult.NO_RULES, none.run(List.of("rules", "status")).exitCode());
  }
}
