package org.hezuo.api.model;

import java.math.BigDecimal;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.hezuo.api.constraints.Label;

/** 实习报酬。 */
public class Pay {

  @PositiveOrZero
  @Label("月实习报酬（元）")
  private BigDecimal monthlyAmount;

  @Positive
  @Label("支付周期（天）")
  private Integer cycleDays;

  @Label("支付形式")
  private PayForm form;

  @Label("直接支付给学生本人")
  private Boolean direct;

  @Label("通过第三方转发")
  private Boolean viaThirdParty;

  /**
   * 月实习报酬（元）.
   *
   * @return 月实习报酬（元）
   */
  public BigDecimal getMonthlyAmount() {
    return monthlyAmount;
  }

  /**
   * Sets 月实习报酬（元）.
   *
   * @param monthlyAmount 月实习报酬（元）
   */
  public void setMonthlyAmount(BigDecimal monthlyAmount) {
    this.monthlyAmount = monthlyAmount;
  }

  /**
   * 支付周期（天）.
   *
   * @return 支付周期（天）
   */
  public Integer getCycleDays() {
    return cycleDays;
  }

  /**
   * Sets 支付周期（天）.
   *
   * @param cycleDays 支付周期（天）
   */
  public void setCycleDays(Integer cycleDays) {
    this.cycleDays = cycleDays;
  }

  /**
   * 支付形式.
   *
   * @return 支付形式
   */
  public PayForm getForm() {
    return form;
  }

  /**
   * Sets 支付形式.
   *
   * @param form 支付形式
   */
  public void setForm(PayForm form) {
    this.form = form;
  }

  /**
   * 直接支付给学生本人.
   *
   * @return 直接支付给学生本人
   */
  public Boolean getDirect() {
    return direct;
  }

  /**
   * Sets 直接支付给学生本人.
   *
   * @param direct 直接支付给学生本人
   */
  public void setDirect(Boolean direct) {
    this.direct = direct;
  }

  /**
   * 通过第三方转发.
   *
   * @return 通过第三方转发
   */
  public Boolean getViaThirdParty() {
    return viaThirdParty;
  }

  /**
   * Sets 通过第三方转发.
   *
   * @param viaThirdParty 通过第三方转发
   */
  public void setViaThirdParty(Boolean viaThirdParty) {
    this.viaThirdParty = viaThirdParty;
  }
}
