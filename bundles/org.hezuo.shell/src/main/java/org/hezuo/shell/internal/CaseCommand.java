package org.hezuo.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.admin.PolicyRules;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.decision.Outcome;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.json.HezuoJson;
import org.hezuo.json.ReadResult;

/**
 * The {@code eval} and {@code status} commands as plain code: read a case file, evaluate it, and
 * render the decision as Chinese text or JSON. Bad input is a result, never an exception.
 *
 * @see HezuoCommands
 * @see CliRunner
 */
public final class CaseCommand {

  private final PolicyEvaluator evaluator;
  private final PolicyRules rules;

  /**
   * Creates the commands over an evaluator.
   *
   * @param evaluator the evaluator in force
   */
  public CaseCommand(PolicyEvaluator evaluator) {
    this(evaluator, null);
  }

  /**
   * Creates the commands over an evaluator and the rule administration service.
   *
   * @param evaluator the evaluator in force
   * @param rules the rule administration, for a detailed status; may be {@code null}
   */
  public CaseCommand(PolicyEvaluator evaluator, PolicyRules rules) {
    this.evaluator = evaluator;
    this.rules = rules;
  }

  /**
   * Evaluates the case in a JSON file.
   *
   * @param file the case file (UTF-8 JSON)
   * @param json print the decision as JSON instead of Chinese text
   * @return the text and exit code: {@link CommandResult#BAD_INPUT} when the file is missing,
   *     malformed, or the case has field errors
   */
  public CommandResult eval(Path file, boolean json) {
    ReadResult<PolicyCase> read = read(file);
    return read.ok() ? eval(read.value(), json) : invalid(read.errors(), json, evaluator);
  }

  /**
   * Evaluates a case that was read without errors.
   *
   * @param policyCase the case
   * @param json print the decision as JSON instead of Chinese text
   * @return the text and exit code: {@link CommandResult#BAD_INPUT} when the case has field errors
   */
  public CommandResult eval(PolicyCase policyCase, boolean json) {
    Decision d;
    try {
      d = evaluator.evaluate(policyCase);
    } catch (IllegalStateException e) {
      return new CommandResult(CommandResult.NO_RULES, "没有生效的规则库：" + e.getMessage() + "\n");
    }
    int code = d.outcome() == Outcome.INVALID ? CommandResult.BAD_INPUT : CommandResult.OK;
    return new CommandResult(code, json ? HezuoJson.write(d) + "\n" : DecisionText.format(d));
  }

  /**
   * Reads a case file; a missing or unreadable file and malformed JSON are field errors.
   *
   * @param file the case file (UTF-8 JSON)
   * @return the case, or its errors
   */
  public static ReadResult<PolicyCase> read(Path file) {
    try {
      return HezuoJson.read(Files.readAllBytes(file), PolicyCase.class);
    } catch (NoSuchFileException e) {
      return new ReadResult<>(null, List.of(fileError(file, "文件不存在")));
    } catch (IOException e) {
      return new ReadResult<>(null, List.of(fileError(file, "无法读取：" + e.getMessage())));
    }
  }

  /**
   * Reports the rule base in force.
   *
   * @return the status text; exit code {@link CommandResult#NO_RULES} while no rule base is active
   */
  public CommandResult status() {
    String version = evaluator.version();
    if (rules != null) {
      int code = version == null ? CommandResult.NO_RULES : CommandResult.OK;
      return new CommandResult(code, RulesText.format(rules.status()));
    }
    if (version == null) {
      return new CommandResult(CommandResult.NO_RULES, "规则库：尚未生效（正在加载或加载失败，请查看日志）\n");
    }
    return new CommandResult(CommandResult.OK, "规则库：已生效\n规则版本：" + version + "\n");
  }

  /**
   * The answer to input that could not be read as a case.
   *
   * @param errors the field errors
   * @param json as JSON (a decision with outcome {@code INVALID}) instead of Chinese text
   * @param evaluator the evaluator, for the rule version in JSON; may be {@code null}
   * @return the text, exit code {@link CommandResult#BAD_INPUT}
   */
  static CommandResult invalid(List<FieldError> errors, boolean json, PolicyEvaluator evaluator) {
    if (!json) {
      return new CommandResult(CommandResult.BAD_INPUT, DecisionText.formatErrors(errors));
    }
    Decision d = new Decision(null, null, Outcome.INVALID, Outcome.INVALID.label(), List.of(),
        null, errors, evaluator == null ? null : evaluator.version(), null, List.of(), null,
        Instant.now());
    return new CommandResult(CommandResult.BAD_INPUT, HezuoJson.write(d) + "\n");
  }

  private static FieldError fileError(Path file, String message) {
    return new FieldError("", "案件文件 " + file, "FILE", message);
  }
}
