package org.hezuo.api.model;

/** 评价等级。 */
public enum Evaluation {
  /** 优秀 */
  EXCELLENT("优秀"),
  /** 良好 */
  GOOD("良好"),
  /** 合格 */
  PASS("合格"),
  /** 不合格 */
  FAIL("不合格");

  private final String label;

  Evaluation(String label) {
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

  /**
   * Finds a constant by its code or its Chinese label.
   *
   * @param text the code (e.g. {@code EXCELLENT}) or the label
   * @return the constant, or {@code null} when nothing matches
   */
  public static Evaluation fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    for (Evaluation v : values()) {
      if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
        return v;
      }
    }
    return null;
  }
}
