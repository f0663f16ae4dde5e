package org.hezuo.api.model;

/** 委员会种类。 */
public enum CommitteeKind {
  /** 校企合作指导委员会 */
  STEERING("校企合作指导委员会"),
  /** 教学咨询委员会 */
  TEACHING_ADVISORY("教学咨询委员会"),
  /** 专业教学指导委员会 */
  SPECIALTY_GUIDANCE("专业教学指导委员会");

  private final String label;

  CommitteeKind(String label) {
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
   * @param text the code (e.g. {@code STEERING}) or the label
   * @return the constant, or {@code null} when nothing matches
   */
  public static CommitteeKind fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    for (CommitteeKind v : values()) {
      if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
        return v;
      }
    }
    return null;
  }
}
