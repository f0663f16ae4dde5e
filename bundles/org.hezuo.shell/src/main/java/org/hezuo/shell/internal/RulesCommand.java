package org.hezuo.shell.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.admin.PolicyRules;
import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.admin.RulesStatus;
import org.hezuo.api.admin.ScenarioResult;

/**
 * Rule administration for policy staff as plain code: {@code rules status | validate DIR | activate
 * | rollback VERSION | history | versions | scenarios [PACK]}, written as aligned Chinese text. Used
 * by the Gogo command {@code hezuo:rules} and by {@code bin/hezuo rules …}.
 *
 * <p>Exit codes: 0 done (for {@code validate}: the directory would be activated), 1 usage, 4
 * refused (validation, activation or rollback refused; a scenario failed).
 */
public final class RulesCommand {

  /** Subcommands, in the order of the usage text. */
  static final List<String> SUBCOMMANDS =
      List.of("status", "validate", "activate", "rollback", "history", "versions", "scenarios");

  static final String USAGE =
      "用法：rules [status]            规则库状态：生效版本及启用时间、规则包、最近被拒绝的修改\n"
          + "      rules validate <目录>     检查一个规则目录（不启用）：问题和未通过的场景\n"
          + "      rules activate            立即启用规则目录（与保存文件的效果相同）\n"
          + "      rules rollback <版本>     重新启用一个保存过的版本\n"
          + "      rules history             启用记录：时间、操作人、版本、结果、变更的文件\n"
          + "      rules versions            保存过的版本（可回滚）\n"
          + "      rules scenarios [规则包]  运行生效版本的场景测试\n";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final PolicyRules rules;
  private final ZoneId zone;

  /**
   * Creates the commands in the system time zone.
   *
   * @param rules the rule administration service
   */
  public RulesCommand(PolicyRules rules) {
    this(rules, ZoneId.systemDefault());
  }

  /**
   * Creates the commands.
   *
   * @param rules the rule administration service
   * @param zone the time zone times are shown in
   */
  public RulesCommand(PolicyRules rules, ZoneId zone) {
    this.rules = rules;
    this.zone = zone;
  }

  /**
   * Runs a subcommand from its arguments.
   *
   * @param args the subcommand and its arguments, e.g. {@code [rollback, 3f2a…]}; empty for status
   * @param actor who asks (recorded with activations)
   * @return the text and exit code
   */
  public CommandResult run(List<String> args, String actor) {
    if (!valid(args)) {
      return new CommandResult(CommandResult.USAGE, USAGE);
    }
    String sub = args.isEmpty() ? "status" : args.get(0);
    List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
    return switch (sub) {
      case "validate" -> validate(Path.of(rest.get(0)));
      case "activate" -> activate(actor);
      case "rollback" -> rollback(rest.get(0), actor);
      case "history" -> history();
      case "versions" -> versions();
      case "scenarios" -> scenarios(rest.isEmpty() ? null : rest.get(0));
      default -> status();
    };
  }

  /**
   * Whether the arguments name a subcommand with the right number of arguments.
   *
   * @param args the subcommand and its arguments
   * @return false for a usage error
   */
  static boolean valid(List<String> args) {
    if (args.isEmpty()) {
      return true;
    }
    int n = args.size() - 1;
    return switch (args.get(0)) {
      case "status", "activate", "history", "versions" -> n == 0;
      case "validate", "rollback" -> n == 1;
      case "scenarios" -> n <= 1;
      default -> false;
    };
  }

  /**
   * The state of the rule base.
   *
   * @return the status; exit code {@link CommandResult#NO_RULES} while nothing is in force
   */
  public CommandResult status() {
    RulesStatus s = rules.status();
    return new CommandResult(s.versionInForce() == null ? CommandResult.NO_RULES : CommandResult.OK,
        RulesText.format(s, zone));
  }

  /**
   * Checks a directory without activating it.
   *
   * @param dir the directory
   * @return the verdict; exit code 0 if it would be activated, {@link CommandResult#REFUSED} if not
   */
  public CommandResult validate(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(abs)) {
      return new CommandResult(CommandResult.BAD_INPUT, "不是目录：" + abs + "\n");
    }
    ActivationReport r = rules.validate(abs);
    boolean ok = wouldActivate(r);
    StringBuilder out = new StringBuilder();
    out.append("检查目录：").append(abs).append('\n');
    out.append("结论：").append(ok ? "可以启用（未启用，仅检查）" : "不能启用").append('\n');
    report(out, r);
    return new CommandResult(ok ? CommandResult.OK : CommandResult.REFUSED, out.toString());
  }

  /**
   * Whether a validation report would be put in force.
   *
   * @param r the report of {@link PolicyRules#validate}
   * @return true when nothing was refused
   */
  static boolean wouldActivate(ActivationReport r) {
    return r.problems().isEmpty() && r.failedScenarios().isEmpty() && r.ruleCount() > 0;
  }

  /**
   * Activates the rules directory now.
   *
   * @param actor who asks
   * @return the report; exit code {@link CommandResult#REFUSED} when refused
   */
  public CommandResult activate(String actor) {
    return attempt(rules.activate(actor));
  }

  /**
   * Re-activates a kept version.
   *
   * @param version the version (as listed by {@code versions})
   * @param actor who asks
   * @return the report; exit code {@link CommandResult#REFUSED} when refused or unknown
   */
  public CommandResult rollback(String version, String actor) {
    // a unique prefix of a kept version is enough (history shows 12 characters)
    List<String> matches = rules.versions().stream().filter(v -> v.startsWith(version)).toList();
    return attempt(rules.rollback(matches.size() == 1 ? matches.get(0) : version, actor));
  }

  private CommandResult attempt(ActivationReport r) {
    StringBuilder out = new StringBuilder();
    out.append(r.activated() ? "已启用" : "拒绝启用").append(" 规则版本 ").append(orDash(r.version()))
        .append("（操作人 ").append(orDash(r.actor())).append("，").append(time(r.at())).append("）\n");
    report(out, r);
    if (!r.activated()) {
      out.append("生效的版本未改变。\n");
    }
    return new CommandResult(r.activated() ? CommandResult.OK : CommandResult.REFUSED, out.toString());
  }

  private void report(StringBuilder out, ActivationReport r) {
    long passed = r.scenarios().stream().filter(ScenarioResult::passed).count();
    TextTable t = new TextTable("项目", "内容").withoutHeader();
    t.row("版本", orDash(r.version()));
    t.row("来源", orDash(r.source()));
    t.row("规则", r.ruleCount() + " 条");
    t.row("场景测试", "通过 " + passed + "/" + r.scenarios().size());
    t.row("用时", r.millis() + " 毫秒");
    t.row("变更", changes(r));
    out.append(t.render("  "));
    problems(out, r.problems());
    failed(out, r.failedScenarios());
  }

  private static void problems(StringBuilder out, List<RuleProblem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    out.append("问题（").append(problems.size()).append(" 个）：\n");
    TextTable t = new TextTable("位置", "代码", "原因");
    for (RuleProblem p : problems) {
      t.row(location(p), p.code(), p.message());
    }
    out.append(t.render("  "));
  }

  private static void failed(StringBuilder out, List<ScenarioResult> failed) {
    if (failed.isEmpty()) {
      return;
    }
    out.append("未通过的场景（").append(failed.size()).append(" 个）：\n");
    for (ScenarioResult f : failed) {
      out.append("  ").append(f.file()).append("（").append(f.name()).append("）\n");
      f.mismatches().forEach(m -> out.append("      ").append(m).append('\n'));
    }
  }

  /**
   * {@code file:line:column}, as far as known.
   *
   * @param p the problem
   * @return the location
   */
  static String location(RuleProblem p) {
    StringBuilder sb = new StringBuilder(p.file() == null || p.file().isEmpty() ? "—" : p.file());
    if (p.line() > 0) {
      sb.append(':').append(p.line());
      if (p.column() > 0) {
        sb.append(':').append(p.column());
      }
    }
    return sb.toString();
  }

  /**
   * The activation attempts, newest first.
   *
   * @return the history as a table
   */
  public CommandResult history() {
    List<ActivationReport> h = rules.history();
    if (h.isEmpty()) {
      return new CommandResult(CommandResult.OK, "还没有启用记录。\n");
    }
    TextTable t = new TextTable("时间", "操作人", "版本", "结果", "规则", "变更");
    for (int i = 0; i < h.size(); i++) {
      ActivationReport r = h.get(i);
      // each start of the host re-activates the same version: one line for a run of them
      int same = 1;
      while (i + same < h.size() && repeats(h.get(i + same), r)) {
        same++;
      }
      String result = r.activated() ? "已启用" : "被拒绝";
      if (same > 1) {
        result += "（" + same + " 次，最早 " + time(h.get(i + same - 1).at()) + "）";
        i += same - 1;
      }
      if (!r.activated() && !r.problems().isEmpty()) {
        result += "（" + r.problems().get(0).code() + "）";
      } else if (!r.activated() && !r.failedScenarios().isEmpty()) {
        result += "（场景 " + r.failedScenarios().size() + " 个未通过）";
      }
      t.row(time(r.at()), orDash(r.actor()), shortVersion(r.version()), result, r.ruleCount(),
          changes(r));
    }
    return new CommandResult(CommandResult.OK,
        "启用记录（" + h.size() + " 次，最新在前；同一版本连续重复启用合为一行）：\n" + t.render("  "));
  }

  /** Whether an earlier attempt merely repeats a later one: same actor, version and result, no changes. */
  private static boolean repeats(ActivationReport earlier, ActivationReport later) {
    return earlier.activated() && later.activated()
        && java.util.Objects.equals(earlier.actor(), later.actor())
        && java.util.Objects.equals(earlier.version(), later.version())
        && earlier.added().isEmpty() && earlier.removed().isEmpty() && earlier.modified().isEmpty()
        && later.added().isEmpty() && later.removed().isEmpty() && later.modified().isEmpty();
  }

  /**
   * The versions kept on disk, newest first, marking the one in force.
   *
   * @return the list
   */
  public CommandResult versions() {
    List<String> vs = rules.versions();
    if (vs.isEmpty()) {
      return new CommandResult(CommandResult.OK, "没有保存的版本。\n");
    }
    String inForce = rules.status().versionInForce();
    List<ActivationReport> h = rules.history();
    TextTable t = new TextTable("版本", "状态", "最近启用", "操作人");
    for (String v : vs) {
      ActivationReport last = h.stream().filter(r -> r.activated() && v.equals(r.version()))
          .findFirst().orElse(null);
      t.row(v, v.equals(inForce) ? "生效中" : "可回滚", last == null ? "—" : time(last.at()),
          last == null ? "—" : orDash(last.actor()));
    }
    return new CommandResult(CommandResult.OK, "保存的版本（" + vs.size() + " 个，最新在前；"
        + "回滚：rules rollback <版本>）：\n" + t.render("  "));
  }

  /**
   * Runs the scenarios of the version in force.
   *
   * @param pack a pack, or null for all
   * @return one line per scenario, mismatches below the failed ones; exit code {@link
   *     CommandResult#REFUSED} when one failed
   */
  public CommandResult scenarios(String pack) {
    List<ScenarioResult> results;
    try {
      results = rules.runScenarios(pack);
    } catch (IllegalStateException e) {
      return new CommandResult(CommandResult.NO_RULES, "没有生效的规则库：" + e.getMessage() + "\n");
    }
    if (results.isEmpty()) {
      return new CommandResult(pack == null ? CommandResult.OK : CommandResult.BAD_INPUT,
          pack == null ? "没有场景测试。\n" : "规则包 " + pack + " 没有场景测试（或没有这个规则包）。\n");
    }
    List<ScenarioResult> failed = new ArrayList<>();
    TextTable t = new TextTable("结果", "场景文件", "名称");
    for (ScenarioResult r : results) {
      t.row(r.passed() ? "通过" : "失败", r.file(), r.name());
      if (!r.passed()) {
        failed.add(r);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("场景测试").append(pack == null ? "" : "（规则包 " + pack + "）").append("：通过 ")
        .append(results.size() - failed.size()).append("/").append(results.size()).append('\n');
    out.append(t.render("  "));
    failed(out, failed);
    return new CommandResult(failed.isEmpty() ? CommandResult.OK : CommandResult.REFUSED,
        out.toString());
  }

  private static String changes(ActivationReport r) {
    if (r.added().isEmpty() && r.removed().isEmpty() && r.modified().isEmpty()) {
      return "无";
    }
    List<String> parts = new ArrayList<>();
    r.added().forEach(f -> parts.add("+" + f));
    r.removed().forEach(f -> parts.add("-" + f));
    r.modified().forEach(f -> parts.add("~" + f));
    return String.join(" ", parts);
  }

  private String time(Instant at) {
    return at == null ? "—" : TIME.format(at.atZone(zone));
  }

  static String shortVersion(String v) {
    return v == null || v.isEmpty() ? "—" : v.length() > 12 ? v.substring(0, 12) : v;
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }
}
