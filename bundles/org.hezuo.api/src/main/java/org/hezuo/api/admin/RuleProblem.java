package org.hezuo.api.admin;

/**
 * Why a rule file was refused: where (file relative to the rules directory, line and column, 0 when
 * unknown), a stable English code and the reason in Chinese.
 *
 * @param file the file, e.g. {@code national-internship/age.drl}
 * @param line 1-based line, or 0
 * @param column 1-based column, or 0
 * @param code stable English code, e.g. {@code DRL_COMPILE}
 * @param message the reason in Chinese
 */
public record RuleProblem(String file, int line, int column, String code, String message) {
  /**
   * One line for logs and the shell: {@code file:line:column [CODE] message}.
   *
   * @return the formatted problem
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(" [").append(code).append("] ").append(message).toString();
  }
}
