package org.hezuo.api.model;

/** 教师类别。 */
public enum TeacherCategory {
  /** 专业课教师 */
  PROFESSIONAL("专业课教师"),
  /** 实习指导教师 */
  INTERNSHIP_INSTRUCTOR("实习指导教师"),
  /** 公共基础课教师 */
  PUBLIC_BASIC("公共基础课教师");

  private final String label;

  TeacherCategory(String label) {
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
   * @param text the code (e.g. {@code PROFESSIONAL}) or the label
   * @return the constant, or {@code null} when nothing matches
   */
  public static TeacherCategory fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    for (TeacherCategory v : values()) {
      if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
        return v;
      }
    }
    return null;
  }
}
