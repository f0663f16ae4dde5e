package org.hezuo.api.model;

import java.math.BigDecimal;
import jakarta.validation.constraints.PositiveOrZero;
import org.hezuo.api.constraints.Label;

/** 联合体各方的出资（元）。 */
public class Contributions {

  @PositiveOrZero
  @Label("高校院所出资")
  private BigDecimal university;

  @PositiveOrZero
  @Label("政府投入")
  private BigDecimal government;

  @PositiveOrZero
  @Label("企业出资")
  private BigDecimal enterprise;

  /**
   * 高校院所出资.
   *
   * @return 高校院所出资
   */
  public BigDecimal getUniversity() {
    return university;
  }

  /**
   * Sets 高校院所出资.
   *
   * @param university 高校院所出资
   */
  public void setUniversity(BigDecimal university) {
    this.university = university;
  }

  /**
   * 政府投入.
   *
   * @return 政府投入
   */
  public BigDecimal getGovernment() {
    return government;
  }

  /**
   * Sets 政府投入.
   *
   * @param government 政府投入
   */
  public void setGovernment(BigDecimal government) {
    this.government = government;
  }

  /**
   * 企业出资.
   *
   * @return 企业出资
   */
  public BigDecimal getEnterprise() {
    return enterprise;
  }

  /**
   * Sets 企业出资.
   *
   * @param enterprise 企业出资
   */
  public void setEnterprise(BigDecimal enterprise) {
    this.enterprise = enterprise;
  }
}
