package org.hezuo.api.model;

/** 案件类型：一种合作模式，或联合体、教师企业实践、委员会。 */
public enum CaseType {
  /** 订单培养 */
  ORDER_TRAINING("订单培养"),
  /** 工学交替 */
  WORK_STUDY_ALTERNATION("工学交替"),
  /** 岗位实习 */
  POST_INTERNSHIP("岗位实习"),
  /** 认识实习 */
  COGNITIVE_INTERNSHIP("认识实习"),
  /** 勤工俭学 */
  WORK_STUDY("勤工俭学"),
  /** 课程共同开发 */
  COURSE_CO_DEVELOPMENT("课程共同开发"),
  /** 岗前培训 */
  PRE_JOB_TRAINING("岗前培训"),
  /** 非全日制学历教育 */
  PART_TIME_DEGREE("非全日制学历教育"),
  /** 共建实训基地 */
  TRAINING_BASE("共建实训基地"),
  /** 职工培训班 */
  STAFF_TRAINING("职工培训班"),
  /** 校企政科技研发联合体 */
  CONSORTIUM("校企政科技研发联合体"),
  /** 教师企业实践 */
  TEACHER_PRACTICE("教师企业实践"),
  /** 委员会 */
  COMMITTEE("委员会");

  private final String label;

  CaseType(String label) {
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
   * @param text the code (e.g. {@code ORDER_TRAINING}) or the label
   * @return the constant, or {@code null} when nothing matches
   */
  public static CaseType fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    for (CaseType v : values()) {
      if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
        return v;
      }
    }
    return null;
  }
}
