package org.hezuo.api.model;

import java.time.LocalDate;
import jakarta.validation.constraints.Positive;
import org.hezuo.api.constraints.Label;

/** 工学交替。 */
public class Alternation {

  @Label("企业发出用人订单日期")
  private LocalDate orderIssuedOn;

  @Positive
  @Label("订单人数")
  private Integer headcount;

  @Label("轮换周期")
  private RotationCycle rotationCycle;

  @Label("校企共同规划人才培养方案")
  private Boolean jointPlan;

  @Label("联合招收学徒、工学结合")
  private Boolean apprenticeship;

  /**
   * 企业发出用人订单日期.
   *
   * @return 企业发出用人订单日期
   */
  public LocalDate getOrderIssuedOn() {
    return orderIssuedOn;
  }

  /**
   * Sets 企业发出用人订单日期.
   *
   * @param orderIssuedOn 企业发出用人订单日期
   */
  public void setOrderIssuedOn(LocalDate orderIssuedOn) {
    this.orderIssuedOn = orderIssuedOn;
  }

  /**
   * 订单人数.
   *
   * @return 订单人数
   */
  public Integer getHeadcount() {
    return headcount;
  }

  /**
   * Sets 订单人数.
   *
   * @param headcount 订单人数
   */
  public void setHeadcount(Integer headcount) {
    this.headcount = headcount;
  }

  /**
   * 轮换周期.
   *
   * @return 轮换周期
   */
  public RotationCycle getRotationCycle() {
    return rotationCycle;
  }

  /**
   * Sets 轮换周期.
   *
   * @param rotationCycle 轮换周期
   */
  public void setRotationCycle(RotationCycle rotationCycle) {
    this.rotationCycle = rotationCycle;
  }

  /**
   * 校企共同规划人才培养方案.
   *
   * @return 校企共同规划人才培养方案
   */
  public Boolean getJointPlan() {
    return jointPlan;
  }

  /**
   * Sets 校企共同规划人才培养方案.
   *
   * @param jointPlan 校企共同规划人才培养方案
   */
  public void setJointPlan(Boolean jointPlan) {
    this.jointPlan = jointPlan;
  }

  /**
   * 联合招收学徒、工学结合.
   *
   * @return 联合招收学徒、工学结合
   */
  public Boolean getApprenticeship() {
    return apprenticeship;
  }

  /**
   * Sets 联合招收学徒、工学结合.
   *
   * @param apprenticeship 联合招收学徒、工学结合
   */
  public void setApprenticeship(Boolean apprenticeship) {
    this.apprenticeship = apprenticeship;
  }
}
