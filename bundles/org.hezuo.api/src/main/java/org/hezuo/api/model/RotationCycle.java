package org.hezuo.api.model;

/** 工学交替轮换周期。 */
public enum RotationCycle {
  /** 每月 */
  MONTHLY("每月"),
  /** 每学期 */
  TERMLY("每学期"),
  /** 定期 */
  PERIODIC("定期"),
  /** 未约定 */
  NONE("未约定");

  private final String label;

  RotationCycle(String label) {
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
   * @param text the code (e.g. {@code MONTHLY}) or the label
   * @return the constant, or {@code null} when nothing matches
   */
  public static RotationCycle fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    for (RotationCycle v : values()) {
      if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
        return v;
      }
    }
    return null;
  }
}
