package org.hezuo.api.model;

/** 委员所属方。 */
public enum MemberSide {
  /** 企业 */
  ENTERPRISE("企业"),
  /** 学校 */
  SCHOOL("学校"),
  /** 政府部门 */
  GOVERNMENT("政府部门"),
  /** 行业 */
  INDUSTRY("行业");

  private final String label;

  MemberSide(String label) {
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
   * @param text the code (e.g. {@code ENTERPRISE}) or the label
   * @return the constant, or {@code null} when nothing matches
   */
  public static MemberSide fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    for (MemberSide v : values()) {
      if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
        return v;
      }
    }
    return null;
  }
}
