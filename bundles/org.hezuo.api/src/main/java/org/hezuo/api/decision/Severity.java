package org.hezuo.api.decision;

/** How much a finding weighs. */
public enum Severity {
  /** The arrangement must not go ahead: the outcome becomes 不符合. */
  BLOCK("禁止"),
  /** A person must decide: the outcome becomes 需人工复核 unless something blocks. */
  REVIEW("复核"),
  /** A deviation worth knowing that does not change the outcome. */
  WARN("提示"),
  /** A computed fact or a condition met, recorded for the file. */
  INFO("说明");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /**
   * The Chinese name shown to users.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
