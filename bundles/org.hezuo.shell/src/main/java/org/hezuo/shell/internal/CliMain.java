package org.hezuo.shell.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.admin.PolicyRules;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.documents.CaseBatchService;
import org.hezuo.documents.DocumentService;
import org.hezuo.json.ReadResult;

/**
 * The non-interactive command line ({@code bin/hezuo eval CASE.json [--json]}): parses the
 * arguments, waits for a rule base in force, runs one command.
 *
 * @see CliRunner
 */
public final class CliMain {

  /** Framework/system property giving the number of command-line arguments. */
  public static final String ARGC = "hezuo.cli.argc";

  /** Prefix of the properties holding the arguments: {@code hezuo.cli.arg.0}, … */
  public static final String ARG = "hezuo.cli.arg.";

  static final String USAGE =
      "用法：hezuo eval <案件.json>… [--json]  审查案件（可一次给出多个文件；--json 输出 JSON）\n"
          + "      hezuo status                    显示生效的规则库（版本、规则包、最近被拒绝的修改）\n"
          + "      hezuo rules [status|validate <目录>|activate|rollback <版本>|history|versions|scenarios [规则包]]\n"
          + "                                      规则库管理（退出码 4：被拒绝）\n"
          + "      hezuo generate --template <模板> --data <数据.json|.csv|.xlsx> --out <目录>\n"
          + "                     [--base <基础案件.json>] [--pdf] [--override <理由>]\n"
          + "                                      每行生成一份文书，清单 manifest.csv（退出码 5：有失败的行）\n"
          + "      hezuo templates                 列出在用的模板和有问题的模板及原因（退出码 2：有被拒绝的模板）\n"
          + "      hezuo templates check <模板.docx>  检查一个模板能否启用（不启用；退出码 2：有问题）\n"
          + "      hezuo                           启动交互式 Gogo 控制台\n";

  private final Supplier<PolicyEvaluator> evaluator;
  private final Supplier<PolicyRules> rules;
  private final Duration timeout;
  private String actor = System.getProperty("user.name", "cli");
  private Supplier<CaseBatchService> batch = () -> null;
  private Supplier<DocumentService> templates = () -> null;
  private PrintStream progress = System.err;
  private boolean terminal = System.console() != null;

  /**
   * Creates the command line.
   *
   * @param evaluator the evaluator when one is registered, else {@code null}
   * @param timeout how long to wait for a rule base in force
   */
  public CliMain(Supplier<PolicyEvaluator> evaluator, Duration timeout) {
    this(evaluator, () -> null, timeout);
  }

  /**
   * Creates the command line with the rule administration service for {@code status}.
   *
   * @param evaluator the evaluator when one is registered, else {@code null}
   * @param rules the rule administration when registered, else {@code null}
   * @param timeout how long to wait for a rule base in force
   */
  public CliMain(Supplier<PolicyEvaluator> evaluator, Supplier<PolicyRules> rules, Duration timeout) {
    this.evaluator = evaluator;
    this.rules = rules;
    this.timeout = timeout;
  }

  /**
   * Sets who runs the commands (default: the OS user, {@code user.name}).
   *
   * @param actor the actor recorded with activations
   * @return this
   */
  CliMain actor(String actor) {
    this.actor = actor;
    return this;
  }

  /**
   * Sets the batch service for {@code generate} and where its progress goes.
   *
   * @param batch the batch service when registered, else {@code null}
   * @param progress where progress is shown (standard error)
   * @param terminal whether that is a terminal (a bar redrawn in place) or not (progress lines)
   * @return this
   */
  CliMain batch(Supplier<CaseBatchService> batch, PrintStream progress, boolean terminal) {
    this.batch = batch;
    this.progress = progress;
    this.terminal = terminal;
    return this;
  }

  /**
   * Sets the document service for {@code templates}.
   *
   * @param templates the document service when registered, else {@code null}
   * @return this
   */
  CliMain templates(Supplier<DocumentService> templates) {
    this.templates = templates;
    return this;
  }

  /**
   * Reads the arguments from properties.
   *
   * @param properties framework or system properties
   * @return the arguments, or {@code null} when not started as a command line
   */
  public static List<String> arguments(Function<String, String> properties) {
    String argc = properties.apply(ARGC);
    if (argc == null || argc.isBlank()) {
      return null;
    }
    List<String> args = new ArrayList<>();
    for (int i = 0; i < Integer.parseInt(argc.trim()); i++) {
      String a = properties.apply(ARG + i);
      args.add(a == null ? "" : a);
    }
    return args;
  }

  /**
   * Runs one command.
   *
   * @param args the command and its arguments
   * @return what to print and the exit code
   * @throws InterruptedException if interrupted while waiting for the rule base
   */
  public CommandResult run(List<String> args) throws InterruptedException {
    if (!args.isEmpty() && args.get(0).equals("rules")) {
      return rules(args.subList(1, args.size()));
    }
    if (!args.isEmpty() && args.get(0).equals("generate")) {
      return generate(args.subList(1, args.size()));
    }
    boolean check = args.size() == 3 && args.get(0).equals("templates") && args.get(1).equals("check");
    if (args.size() == 1 && args.get(0).equals("templates") || check) {
      DocumentService d = await(templates);
      return d == null ? documentsNotStarted()
          : check ? new TemplatesCommand(d).check(Path.of(args.get(2))) : new TemplatesCommand(d).run();
    }
    if (args.isEmpty() || !List.of("eval", "status").contains(args.get(0))) {
      return new CommandResult(CommandResult.USAGE, USAGE);
    }
    boolean json = args.contains("--json") || args.contains("-j");
    List<String> files = args.subList(1, args.size()).stream().filter(a -> !a.startsWith("-")).toList();
    boolean eval = args.get(0).equals("eval");
    if (eval && files.isEmpty()) {
      return new CommandResult(CommandResult.USAGE, USAGE);
    }
    // unreadable input is answered at once, without waiting for the rule base
    List<ReadResult<PolicyCase>> cases = files.stream().map(f -> CaseCommand.read(Path.of(f))).toList();
    if (eval && cases.stream().noneMatch(ReadResult::ok)) {
      return join(cases.stream().map(r -> CaseCommand.invalid(r.errors(), json, null)).toList(), json);
    }
    PolicyEvaluator e = awaitRuleBase();
    if (e == null) {
      return new CommandResult(CommandResult.NO_RULES,
          "规则库在 " + timeout.toSeconds() + " 秒内未能生效，请查看日志（规则文件是否有错误）。\n");
    }
    CaseCommand command = new CaseCommand(e, rules.get());
    if (!eval) {
      return command.status();
    }
    return join(cases.stream()
        .map(r -> r.ok() ? command.eval(r.value(), json) : CaseCommand.invalid(r.errors(), json, e))
        .toList(), json);
  }

  /**
   * Several results as one: texts one after another, JSON as an array; the worst exit code.
   *
   * @param results one per case file, in order
   * @param json whether the outputs are JSON documents
   * @return the combined result
   */
  static CommandResult join(List<CommandResult> results, boolean json) {
    if (results.size() == 1) {
      return results.get(0);
    }
    int code = results.stream().mapToInt(CommandResult::exitCode).max().orElse(CommandResult.OK);
    List<String> outputs = results.stream().map(r -> r.output().strip()).toList();
    String out = json ? "[\n" + String.join(",\n", outputs) + "\n]\n" : String.join("\n\n", outputs) + "\n";
    return new CommandResult(code, out);
  }

  /**
   * {@code rules …}: waits for the rule administration service and its first activation attempt
   * (so that {@code status} does not report a start-up in progress), then runs the subcommand as
   * the OS user.
   */
  private CommandResult rules(List<String> args) throws InterruptedException {
    if (!RulesCommand.valid(args)) {
      return new CommandResult(CommandResult.USAGE, RulesCommand.USAGE);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    PolicyRules r;
    do {
      r = rules.get();
      if (r != null) {
        var s = r.status();
        if (s.versionInForce() != null || s.lastReport() != null) {
          break;
        }
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    if (r == null) {
      return new CommandResult(CommandResult.NO_RULES,
          "规则管理服务在 " + timeout.toSeconds() + " 秒内未启动，请查看日志。\n");
    }
    return new RulesCommand(r).run(args, actor);
  }

  /**
   * {@code generate …}: usage errors at once; then waits for a rule base in force (every row is
   * checked against it) and the batch service, and runs the batch as the OS user.
   */
  private CommandResult generate(List<String> args) throws InterruptedException {
    if (GenerateCommand.parse(args, actor) == null) {
      return new CommandResult(CommandResult.USAGE, GenerateCommand.USAGE);
    }
    if (awaitRuleBase() == null) {
      return new CommandResult(CommandResult.NO_RULES,
          "规则库在 " + timeout.toSeconds() + " 秒内未能生效，请查看日志（规则文件是否有错误）。\n");
    }
    CaseBatchService b = await(batch);
    if (b == null) {
      return documentsNotStarted();
    }
    return new GenerateCommand(b, progress, terminal).run(args, actor);
  }

  private CommandResult documentsNotStarted() {
    return new CommandResult(CommandResult.NO_RULES,
        "文书服务在 " + timeout.toSeconds() + " 秒内未启动（模板目录是否存在？），请查看日志。\n");
  }

  private PolicyEvaluator awaitRuleBase() throws InterruptedException {
    return await(() -> {
      PolicyEvaluator e = evaluator.get();
      return e != null && e.version() != null ? e : null;
    });
  }

  /**
   * Waits up to the timeout for a service (or a state) the host brings up in the background.
   *
   * @param <T> what is waited for
   * @param what gives it, or null while it is not there
   * @return it, or null when the timeout passed first
   * @throws InterruptedException if interrupted while waiting
   */
  private <T> T await(Supplier<T> what) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    do {
      T t = what.get();
      if (t != null) {
        return t;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    return null;
  }
}
