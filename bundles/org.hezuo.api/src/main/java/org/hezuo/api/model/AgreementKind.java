package org.hezuo.api.model;

/** 协议或文书的种类。 */
public enum AgreementKind {
  /** 联合办学协议 */
  JOINT_SCHOOLING("联合办学协议"),
  /** 校企合作协议 */
  COOPERATION("校企合作协议"),
  /** 订单培养（委培）用工协议 */
  ORDER_EMPLOYMENT("订单培养（委培）用工协议"),
  /** 用人订单 */
  ENTERPRISE_ORDER("用人订单"),
  /** 学生岗位实习三方协议 */
  TRIPARTITE_INTERNSHIP("学生岗位实习三方协议"),
  /** 岗位实习知情同意书 */
  INFORMED_CONSENT("岗位实习知情同意书"),
  /** 学徒培养协议 */
  APPRENTICESHIP("学徒培养协议"),
  /** 职工培训协议 */
  STAFF_TRAINING("职工培训协议"),
  /** 课程共同开发协议 */
  COURSE_DEVELOPMENT("课程共同开发协议"),
  /** 共建实训基地协议 */
  TRAINING_BASE("共建实训基地协议"),
  /** 联合体组建协议 */
  CONSORTIUM("联合体组建协议"),
  /** 委托培训合同 */
  ENTRUSTMENT("委托培训合同");

  private final String label;

  AgreementKind(String label) {
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
   * @param text the code (e.g. {@code JOINT_SCHOOLING}) or the label
   * @return the constant, or {@code null} when nothing matches
   */
  public static AgreementKind fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    for (AgreementKind v : values()) {
      if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
        return v;
      }
    }
    return null;
  }
}
