package org.hezuo.shell.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.admin.PolicyRules;
import org.hezuo.documents.DocumentService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Gogo commands {@code hezuo:eval}, {@code hezuo:status}, {@code hezuo:rules} and {@code
 * hezuo:templates}; a thin adapter over {@link CaseCommand}, {@link RulesCommand} and {@link
 * TemplatesCommand}.
 *
 * @see CaseCommand
 */
@Component(service = HezuoCommands.class)
@GogoCommand(scope = "hezuo", function = {"eval", "status", "rules", "templates"})
public class HezuoCommands {

  private final CaseCommand commands;
  private final PolicyRules rules;
  private final DocumentService documents;

  /**
   * Activates the commands over the evaluator in force.
   *
   * @param evaluator the policy evaluator service
   * @param rules the rule administration service, for {@code status}; optional
   * @param documents the document service, for {@code templates}; optional (the commands are
   *     activated again when it comes)
   */
  @Activate
  public HezuoCommands(
      @Reference PolicyEvaluator evaluator,
      @Reference(cardinality = ReferenceCardinality.OPTIONAL) PolicyRules rules,
      @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
          DocumentService documents) {
    this(new CaseCommand(evaluator, rules), rules, documents);
  }

  /**
   * For tests.
   *
   * @param commands the commands
   * @param rules the rule administration service, or {@code null}
   * @param documents the document service, or {@code null}
   */
  protected HezuoCommands(CaseCommand commands, PolicyRules rules, DocumentService documents) {
    this.commands = commands;
    this.rules = rules;
    this.documents = documents;
  }

  /**
   * {@code hezuo:templates}.
   *
   * @return the templates in force and the refused ones with their reasons
   */
  @Descriptor("列出在用的模板（及要填写的文书信息）和有问题的模板及原因")
  public String templates() {
    return documents == null ? "文书服务不可用（模板目录是否存在？请查看日志）。\n" : new TemplatesCommand(documents).run().output();
  }

  /**
   * {@code hezuo:eval [--json] <case.json>}.
   *
   * @param json print JSON instead of Chinese text
   * @param file the case file
   * @return the decision as text
   */
  @Descriptor("审查一个案件（JSON 文件），打印结论、发现、依据条款和计算值")
  public String eval(
      @Descriptor("以 JSON 输出")
          @Parameter(names = {"-j", "--json"}, presentValue = "true", absentValue = "false")
          boolean json,
      @Descriptor("案件 JSON 文件") String file) {
    return commands.eval(Path.of(file).toAbsolutePath(), json).output();
  }

  /**
   * {@code hezuo:status}.
   *
   * @return the rule base in force
   */
  @Descriptor("显示生效的规则库：版本、规则包、场景测试，以及最近一次被拒绝的修改（文件、行、原因）")
  public String status() {
    return commands.status().output();
  }

  /**
   * {@code hezuo:rules [status|validate DIR|activate|rollback VERSION|history|versions|scenarios
   * [PACK]]}.
   *
   * @param session the Gogo session (its {@code USER} variable names the actor)
   * @param args the subcommand and its arguments
   * @return the text
   */
  @Descriptor("规则库管理：status | validate <目录> | activate | rollback <版本> | history | versions"
      + " | scenarios [规则包]")
  public String rules(CommandSession session, @Descriptor("子命令及参数") String... args) {
    if (rules == null) {
      return "规则管理服务不可用（规则组件未启动）。\n";
    }
    List<String> list = new ArrayList<>(List.of(args));
    if (!list.isEmpty() && list.get(0).equals("validate") && list.size() == 2) {
      list.set(1, Path.of(list.get(1)).toAbsolutePath().toString());
    }
    return new RulesCommand(rules).run(list, actor(session)).output();
  }

  /**
   * Who runs a command in a Gogo session: its {@code USER} variable, else {@code shell}.
   *
   * @param session the session, may be null
   * @return the actor
   */
  static String actor(CommandSession session) {
    if (session != null) {
      for (String key : new String[] {"USER", "user", "user.name"}) {
        Object v = session.get(key);
        if (v != null && !v.toString().isBlank()) {
          return v.toString();
        }
      }
    }
    return "shell";
  }
}
