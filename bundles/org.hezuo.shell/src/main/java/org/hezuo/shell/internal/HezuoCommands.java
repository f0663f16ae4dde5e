package org.hezuo.shell.internal;

import java.nio.file.Path;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.hezuo.api.PolicyEvaluator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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
   */
  @Activate
  public HezuoCommands(@Reference PolicyEvaluator evaluator) {
    this(new CaseCommand(evaluator));
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
  @Descriptor("显示生效的规则库版本")
  public String status() {
    return commands.status().output();
  }
}
