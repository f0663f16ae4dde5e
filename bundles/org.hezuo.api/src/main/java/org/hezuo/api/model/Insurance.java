package org.hezuo.api.model;

import org.hezuo.api.constraints.Label;

/** 实习责任保险。 */
public class Insurance {

  @Label("已投保实习责任保险")
  private Boolean liabilityInsured;

  @Label("覆盖实习全过程")
  private Boolean coversWholePeriod;

  @Label("保费由学生承担")
  private Boolean premiumChargedToStudents;

  /**
   * 已投保实习责任保险.
   *
   * @return 已投保实习责任保险
   */
  public Boolean getLiabilityInsured() {
    return liabilityInsured;
  }

  /**
   * Sets 已投保实习责任保险.
   *
   * @param liabilityInsured 已投保实习责任保险
   */
  public void setLiabilityInsured(Boolean liabilityInsured) {
    this.liabilityInsured = liabilityInsured;
  }

  /**
   * 覆盖实习全过程.
   *
   * @return 覆盖实习全过程
   */
  public Boolean getCoversWholePeriod() {
    return coversWholePeriod;
  }

  /**
   * Sets 覆盖实习全过程.
   *
   * @param coversWholePeriod 覆盖实习全过程
   */
  public void setCoversWholePeriod(Boolean coversWholePeriod) {
    this.coversWholePeriod = coversWholePeriod;
  }

  /**
   * 保费由学生承担.
   *
   * @return 保费由学生承担
   */
  public Boolean getPremiumChargedToStudents() {
    return premiumChargedToStudents;
  }

  /**
   * Sets 保费由学生承担.
   *
   * @param premiumChargedToStudents 保费由学生承担
   */
  public void setPremiumChargedToStudents(Boolean premiumChargedToStudents) {
    this.premiumChargedToStudents = premiumChargedToStudents;
  }
}
