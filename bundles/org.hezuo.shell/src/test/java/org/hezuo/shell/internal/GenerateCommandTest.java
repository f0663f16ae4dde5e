package org.hezuo.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hezuo.documents.CaseBatchService;
import org.junit.jupiter.api.Test;

class GenerateCommandTest {
  private CaseBatchService.Request seen;

  /** Four rows; row 3 fails as 不符合. */
  private final CaseBatchService fake = (r, p) -> {
    seen = r;
    if (r.rows().toString().endsWith("missing.csv")) {
      throw new IOException("数据文件不存在（ROWS_MISSING）：" + r.rows());
    }
    for (int i = 1; i <= 4; i++) {
      p.row(i, 4, i == 3 ? "error" : "ok", i == 3 ? "案件审查结论为不符合 [POLICY_NON_COMPLIANT]" : "");
    }
    return new CaseBatchService.Summary(4, 3, 0, 1, r.outDir().resolve("manifest.csv"));
  };
  private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

  private GenerateCommand command(boolean terminal) {
    return new GenerateCommand(fake, new PrintStream(progress, true, StandardCharsets.UTF_8), terminal);
  }

  @Test
  void parsesOptionsAndReportsFailedRowsWithExit5() {
    CommandResult r = command(false).run(List.of("--template", "internship-tripartite-agreement", "--data",
        "/d/rows.csv", "--out", "/d/out", "--base", "/d/base.json", "--override", "局里特批"), "clerk");
    assertEquals(CommandResult.SOME_FAILED, r.exitCode(), r.output());
    assertEquals(new CaseBatchService.Request("internship-tripartite-agreement", Path.of("/d/rows.csv"),
        Path.of("/d/out"), Path.of("/d/base.json"), false, "局里特批", "clerk"), seen);
    assertTrue(r.output().contains("已生成    3"), r.output());
    assertTrue(r.output().contains("第 3 行  案件审查结论为不符合 [POLICY_NON_COMPLIANT]"), r.output());
    assertTrue(r.output().contains("清单      /d/out/manifest.csv"), r.output());
    String lines = progress.toString(StandardCharsets.UTF_8);
    assertTrue(lines.contains("进度 4/4（100%），失败 1"), lines);
    assertTrue(!lines.contains("\r"), lines);
  }

  @Test
  void drawsABarOnATerminal() {
    command(true).run(List.of("--template", "t", "--data", "a.csv", "--out", "o", "--pdf"), "c");
    assertTrue(seen.pdf());
    String bar = progress.toString(StandardCharsets.UTF_8);
    assertTrue(bar.contains("\r[" + "#".repeat(30) + "] 4/4  100%  失败 1"), bar);
  }

  @Test
  void usageAndBadInput() throws InterruptedException {
    assertNull(GenerateCommand.parse(List.of("--template", "t", "--data", "a.csv"), "c"));
    assertNull(GenerateCommand.parse(List.of("--template", "t", "--data", "a.csv", "--out"), "c"));
    assertNull(GenerateCommand.parse(List.of("--frob", "x", "--template", "t", "--data", "a.csv", "--out", "o"), "c"));
    CommandResult r = command(false).run(List.of("--template", "t", "--data", "missing.csv", "--out", "o"), "c");
    assertEquals(CommandResult.BAD_INPUT, r.exitCode());
    assertTrue(r.output().contains("ROWS_MISSING"), r.output());
    // the command line answers usage errors without waiting for the rule base
    CliMain main = new CliMain(() -> null, Duration.ofSeconds(30));
    long t0 = System.nanoTime();
    assertEquals(CommandResult.USAGE, main.run(List.of("generate", "--data", "x.csv")).exitCode());
    assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos());
  }

  @Test
  void commandLineRunsTheBatchOnceRulesAreInForce() throws InterruptedException {
    CliMain main = new CliMain(FakeEvaluator::new, () -> null, Duration.ofSeconds(5)).actor("wu")
        .batch(() -> fake, new PrintStream(progress, true, StandardCharsets.UTF_8), false);
    CommandResult r = main.run(List.of("generate", "--template", "t", "--data", "/d/a.csv", "--out", "/d/o"));
    assertEquals(CommandResult.SOME_FAILED, r.exitCode(), r.output());
    assertEquals("wu", seen.actor());
  }
}
