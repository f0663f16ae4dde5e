package org.hezuo.api.model;

/** 委员身份类别。 */
public enum MemberCategory {
  /** 技术专家 */
  TECH_EXPERT("技术专家"),
  /** 人力资源管理专家 */
  HR_EXPERT("人力资源管理专家"),
  /** 校领导 */
  SCHOOL_LEADER("校领导"),
  /** 部门负责人 */
  DEPARTMENT_HEAD("部门负责人"),
  /** 专业课教师 */
  PROFESSIONAL_TEACHER("专业课教师"),
  /** 行业专家 */
  INDUSTRY_EXPERT("行业专家"),
  /** 企业领导 */
  ENTERPRISE_LEADER("企业领导"),
  /** 学校教师 */
  SCHOOL_TEACHER("学校教师"),
  /** 政府负责人 */
  GOVERNMENT_LEADER("政府负责人"),
  /** 成员单位主要负责人 */
  UNIT_HEAD("成员单位主要负责人"),
  /** 其他 */
  OTHER("其他");

  private final String label;

  MemberCategory(String label) {
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
   * @param text the code (e.g. {@code TECH_EXPERT}) or the label
   * @return the constant, or {@code null} when nothing matches
   */
  public static MemberCategory fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    for (MemberCategory v : values()) {
      if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
        return v;
      }
    }
    return null;
  }
}
