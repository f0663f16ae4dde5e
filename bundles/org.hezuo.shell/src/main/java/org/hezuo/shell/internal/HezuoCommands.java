package org.hezuo.shell.internal;

import java.nio.file.Path;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.admin.PolicyRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * Gogo commands {@code hezuo:eval} and {@code hezuo:status}; a thin adapter over {@link
 * CaseCommand}.
 *
 * @see CaseCommand
 */
@Component(service = HezuoCommands.class)
@GogoCommand(scope = "hezuo", function = {"eval", "status"})
public class HezuoCommands {

  private final CaseCommand commands;

  /**
   * Activates the commands over the evaluator in force.
   *
   * @param evaluator the policy evaluator service
   * @param rules the rule administration service, for {@code status}; optional
   */
  @Activate
  public HezuoCommands(
      @Reference PolicyEvaluator evaluator,
      @Reference(cardinality = ReferenceCardinality.OPTIONAL) PolicyRules rules) {
    this(new CaseCommand(evaluator, rules));
  }

  /**
   * For tests.
   *
   * @param commands the commands
   */
  protected HezuoCommands(CaseCommand commands) {
    this.commands = commands;
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
}
