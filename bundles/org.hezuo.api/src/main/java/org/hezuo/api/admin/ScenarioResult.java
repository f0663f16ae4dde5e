package org.hezuo.api.admin;

import java.util.List;

/**
 * The result of one scenario test.
 *
 * @param file the scenario file, relative to the rules directory
 * @param name the scenario's name
 * @param passed whether the decision matched every expectation
 * @param mismatches what differed, in Chinese, e.g. 期望结论 NON_COMPLIANT，实际 COMPLIANT
 */
public record ScenarioResult(String file, String name, boolean passed, List<String> mismatches) {
  /**
   * Copies the list.
   *
   * @param file file
   * @param name name
   * @param passed passed
   * @param mismatches mismatches
   */
  public ScenarioResult {
    mismatches = List.copyOf(mismatches);
  }

  /**
   * The same result with mismatches; passed when there are none.
   *
   * @param found the mismatches
   * @return the result
   */
  public ScenarioResult withMismatches(List<String> found) {
    return new ScenarioResult(file, name, found.isEmpty(), found);
  }

  @Override
  public String toString() {
    return (passed ? "通过 " : "失败 ") + file + "（" + name + "）"
        + (passed ? "" : "：" + String.join("；", mismatches));
  }
}
