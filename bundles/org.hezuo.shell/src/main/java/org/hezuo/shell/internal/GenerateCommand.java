package org.hezuo.shell.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hezuo.documents.CaseBatchService;

/**
 * {@code generate --template T --data FILE --out DIR [--base CASE.json] [--pdf] [--override 理由]}
 * for clerks: one document per row through {@link CaseBatchService}, a progress bar on a terminal
 * (plain progress lines otherwise), then a Chinese summary with the failed rows. Exit 0 when every
 * row has its document, {@link CommandResult#SOME_FAILED} when some failed, 1 on usage errors, 2 when
 * the data file, the base case or the template cannot be used.
 */
public final class GenerateCommand {

  static final String USAGE =
      "用法：hezuo generate --template <模板> --data <数据.json|.csv|.xlsx> --out <目录>\n"
          + "                      [--base <基础案件.json>] [--pdf] [--override <理由>]\n"
          + "  每一行生成一份文书（先审查案件；不符合的行跳过，除非给出 --override 理由），\n"
          + "  结果写入 <目录>/manifest.csv；再次运行时跳过已生成的行。\n"
          + "  CSV/XLSX 的表头是字段路径，如 caseId、students.0.name、doc.number，\n"
          + "  或中文名称，如 姓名、身份证号、出生日期、文书编号。\n";

  /** Failed rows listed in the summary; the rest are in the manifest. */
  private static final int MAX_LISTED = 20;

  private final CaseBatchService batch;
  private final PrintStream progressOut;
  private final boolean terminal;

  /**
   * Creates the command.
   *
   * @param batch the batch service
   * @param progressOut where progress goes (standard error)
   * @param terminal draw a bar (a console is attached) instead of progress lines
   */
  public GenerateCommand(CaseBatchService batch, PrintStream progressOut, boolean terminal) {
    this.batch = batch;
    this.progressOut = progressOut;
    this.terminal = terminal;
  }

  /**
   * Parses the options.
   *
   * @param args the arguments after {@code generate}
   * @param actor who asks
   * @return the request, or null on a usage error
   */
  static CaseBatchService.Request parse(List<String> args, String actor) {
    String template = null;
    String data = null;
    String out = null;
    String base = null;
    String override = null;
    boolean pdf = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--pdf")) {
        pdf = true;
        continue;
      }
      if (!List.of("--template", "--data", "--out", "--base", "--override").contains(a)
          || i + 1 >= args.size()) {
        return null;
      }
      String v = args.get(++i);
      switch (a) {
        case "--template" -> template = v;
        case "--data" -> data = v;
        case "--out" -> out = v;
        case "--base" -> base = v;
        default -> override = v.isBlank() ? null : v;
      }
    }
    if (template == null || data == null || out == null) {
      return null;
    }
    return new CaseBatchService.Request(template, Path.of(data).toAbsolutePath(),
        Path.of(out).toAbsolutePath(), base == null ? null : Path.of(base).toAbsolutePath(), pdf,
        override, actor);
  }

  /**
   * Runs the batch.
   *
   * @param args the arguments after {@code generate}
   * @param actor who asks
   * @return the summary and exit code
   */
  public CommandResult run(List<String> args, String actor) {
    CaseBatchService.Request r = parse(args, actor);
    if (r == null) {
      return new CommandResult(CommandResult.USAGE, USAGE);
    }
    List<String> failures = new ArrayList<>();
    int[] failedCount = {0};
    Bar bar = new Bar();
    CaseBatchService.Summary s;
    long start = System.nanoTime();
    try {
      s = batch.run(r, (done, total, status, reason) -> {
        if (status.equals("error")) {
          failedCount[0]++;
          if (failures.size() < MAX_LISTED) {
            failures.add(String.format("  第 %d 行  %s", done, reason));
          }
        }
        bar.row(done, total, failedCount[0]);
      });
    } catch (IOException | IllegalArgumentException e) {
      bar.end();
      return new CommandResult(CommandResult.BAD_INPUT, "无法生成：" + e.getMessage() + "\n");
    }
    bar.end();
    double seconds = (System.nanoTime() - start) / 1e9;
    StringBuilder out = new StringBuilder();
    out.append("批量生成：模板 ").append(r.templateId()).append("，数据 ").append(r.rows())
        .append("（").append(s.total()).append(" 行）").append(r.pdf() ? "，PDF" : "").append('\n');
    if (r.overrideReason() != null) {
      out.append("不符合的行按理由生成：").append(r.overrideReason()).append('\n');
    }
    TextTable t = new TextTable("", "").withoutHeader();
    t.row("已生成", s.ok());
    t.row("已跳过", s.skipped() + "（此前已生成，内容未变）");
    t.row("失败", s.failed());
    t.row("用时", String.format("%.1f 秒", seconds));
    t.row("输出目录", r.outDir());
    t.row("清单", s.manifest());
    out.append(t.render("  "));
    if (!failures.isEmpty()) {
      out.append("失败的行：\n");
      failures.forEach(f -> out.append(f).append('\n'));
      if (s.failed() > failures.size()) {
        out.append("  …… 另有 ").append(s.failed() - failures.size()).append(" 行，见清单\n");
      }
    }
    return new CommandResult(s.failed() == 0 ? CommandResult.OK : CommandResult.SOME_FAILED,
        out.toString());
  }

  /** A bar redrawn in place on a terminal; otherwise a line every 5 % (and every 10 s). */
  private final class Bar {
    private static final int WIDTH = 30;
    private long lastDraw;
    private int lastPercent = -1;
    private boolean drawn;

    void row(int done, int total, int failed) {
      long now = System.nanoTime();
      int percent = total > 0 ? (int) (100L * done / total) : -1;
      boolean last = done == total;
      if (terminal) {
        if (!last && now - lastDraw < 100_000_000L) {
          return;
        }
        int filled = total > 0 ? (int) ((long) WIDTH * done / total) : 0;
        progressOut.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/"
            + (total < 0 ? "?" : total) + (percent >= 0 ? "  " + percent + "%" : "")
            + "  失败 " + failed + "  ");
        progressOut.flush();
        drawn = true;
      } else {
        boolean step = percent >= 0 && percent / 5 != lastPercent / 5;
        if (!last && !step && now - lastDraw < 10_000_000_000L) {
          return;
        }
        lastPercent = percent;
        progressOut.println("进度 " + done + "/" + (total < 0 ? "?" : total)
            + (percent >= 0 ? "（" + percent + "%）" : "") + "，失败 " + failed);
      }
      lastDraw = now;
    }

    void end() {
      if (drawn) {
        progressOut.println();
      }
    }
  }
}
