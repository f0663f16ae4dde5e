package org.hezuo.api.decision;

/** The overall answer for a case. */
public enum Outcome {
  /** No blocking or review finding. */
  COMPLIANT("符合"),
  /** At least one blocking finding. */
  NON_COMPLIANT("不符合"),
  /** No blocking finding, but at least one finding that a person must review. */
  REVIEW("需人工复核"),
  /** The case could not be evaluated: its fields are invalid. */
  INVALID("输入有误");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  /**
   * The Chinese name shown to users.
   *
   * @return 符合, 不符合, 需人工复核 or 输入有误
   */
  public String label() {
    return label;
  }
}
