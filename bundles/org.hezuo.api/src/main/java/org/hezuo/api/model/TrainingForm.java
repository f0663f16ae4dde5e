package org.hezuo.api.model;

/** 培训形式。 */
public enum TrainingForm {
  /** 岗前培训 */
  PRE_JOB("岗前培训"),
  /** 非全日制学历教育 */
  PART_TIME_DEGREE("非全日制学历教育"),
  /** 学历教育培训班 */
  ACADEMIC_CLASS("学历教育培训班"),
  /** 专技人员培训班 */
  PROFESSIONAL_CLASS("专技人员培训班"),
  /** 特殊行业或工种培训班 */
  SPECIAL_TRADE_CLASS("特殊行业或工种培训班");

  private final String label;

  TrainingForm(String label) {
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
   * @param text the code (e.g. {@code PRE_JOB}) or the label
   * @return the constant, or {@code null} when nothing matches
   */
  public static TrainingForm fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    for (TrainingForm v : values()) {
      if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
        return v;
      }
    }
    return null;
  }
}
