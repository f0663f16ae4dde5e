package org.hezuo.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliMainTest {

  @Test
  void argumentsComeFromNumberedProperties() {
    Map<String, String> p = Map.of("hezuo.cli.argc", "3", "hezuo.cli.arg.0", "eval",
        "hezuo.cli.arg.1", "my case.json", "hezuo.cli.arg.2", "--json");
    assertEquals(List.of("eval", "my case.json", "--json"), CliMain.arguments(p::get));
    assertNull(CliMain.arguments(Map.<String, String>of()::get));
  }

  @Test
  void unknownCommandOrMissingFileIsUsage() throws InterruptedException {
    CliMain main = new CliMain(FakeEvaluator::new, Duration.ofMillis(10));
    assertEquals(CommandResult.USAGE, main.run(List.of("frobnicate")).exitCode());
    assertEquals(CommandResult.USAGE, main.run(List.of("eval")).exitCode());
    assertEquals(CommandResult.USAGE, main.run(List.of()).exitCode());
  }

  @Test
  void noRuleBaseWithinTheTimeoutIsExit3() throws InterruptedException {
    CliMain main = new CliMain(() -> null, Duration.ofMillis(120));
    CommandResult r = main.run(List.of("status"));
    assertEquals(CommandResult.NO_RULES, r.exitCode());
  }

  @Test
  void unreadableCaseIsAnsweredWithoutWaitingForRules(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path f = dir.resolve("bad.json");
    java.nio.file.Files.writeString(f, "{\"caseId\": ");
    CliMain main = new CliMain(() -> null, Duration.ofSeconds(30));
    long t0 = System.nanoTime();
    CommandResult r = main.run(List.of("eval", f.toString(), "--json"));
    assertEquals(CommandResult.BAD_INPUT, r.exitCode(), r.output());
    assertEquals(true, System.nanoTime() - t0 < Duration.ofSeconds(10).toNanos());
  }

  @Test
  void severalCasesAreDecidedInOneRunWithTheWorstExitCode(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path good = dir.resolve("good.json");
    java.nio.file.Files.writeString(good, "{\"caseId\":\"C-1\",\"caseType\":\"POST_INTERNSHIP\"}");
    java.nio.file.Path bad = dir.resolve("bad.json");
    java.nio.file.Files.writeString(bad, "[");
    CliMain main = new CliMain(FakeEvaluator::new, Duration.ofSeconds(5));
    CommandResult text = main.run(List.of("eval", good.toString(), bad.toString()));
    assertEquals(CommandResult.BAD_INPUT, text.exitCode());
    assertEquals(true, text.output().contains("不符合") && text.output().contains("输入有误"), text.output());
    CommandResult json = main.run(List.of("eval", good.toString(), good.toString(), "--json"));
    assertEquals(CommandResult.OK, json.exitCode());
    assertEquals(true, json.output().startsWith("[") && json.output().strip().endsWith("]"), json.output());
  }

  @Test
  void statusRunsOnceARuleBaseIsInForce() throws InterruptedException {
    CliMain main = new CliMain(FakeEvaluator::new, Duration.ofSeconds(5));
    assertEquals(CommandResult.OK, main.run(List.of("status")).exitCode());
  }
}
