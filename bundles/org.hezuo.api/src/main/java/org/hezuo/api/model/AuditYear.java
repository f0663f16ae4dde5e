package org.hezuo.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.Label;

/** 联合体研发经费的一个审计年度。 */
public class AuditYear {

  @NotNull
  @Min(2000)
  @Max(2100)
  @Label("审计年度")
  private Integer year;

  @Label("已由第三方审计单位审计")
  private Boolean thirdPartyAudited;

  @Size(max = 100)
  @Label("审计单位")
  private String auditor;

  @Size(max = 50)
  @Label("审计报告编号")
  private String reportNumber;

  @Label("本年度各方实际到位资金")
  private @Valid Contributions paid;

  @PositiveOrZero
  @Label("科技研发支出（元）")
  private BigDecimal rndSpending;

  @PositiveOrZero
  @Label("非科技研发支出（元）")
  private BigDecimal nonRndSpending;

  @PositiveOrZero
  @Label("已返还金额（元）")
  private BigDecimal refundedAmount;

  @Label("返还期限")
  private LocalDate refundDeadline;

  /**
   * 审计年度.
   *
   * @return 审计年度
   */
  public Integer getYear() {
    return year;
  }

  /**
   * Sets 审计年度.
   *
   * @param year 审计年度
   */
  public void setYear(Integer year) {
    this.year = year;
  }

  /**
   * 已由第三方审计单位审计.
   *
   * @return 已由第三方审计单位审计
   */
  public Boolean getThirdPartyAudited() {
    return thirdPartyAudited;
  }

  /**
   * Sets 已由第三方审计单位审计.
   *
   * @param thirdPartyAudited 已由第三方审计单位审计
   */
  public void setThirdPartyAudited(Boolean thirdPartyAudited) {
    this.thirdPartyAudited = thirdPartyAudited;
  }

  /**
   * 审计单位.
   *
   * @return 审计单位
   */
  public String getAuditor() {
    return auditor;
  }

  /**
   * Sets 审计单位.
   *
   * @param auditor 审计单位
   */
  public void setAuditor(String auditor) {
    this.auditor = auditor;
  }

  /**
   * 审计报告编号.
   *
   * @return 审计报告编号
   */
  public String getReportNumber() {
    return reportNumber;
  }

  /**
   * Sets 审计报告编号.
   *
   * @param reportNumber 审计报告编号
   */
  public void setReportNumber(String reportNumber) {
    this.reportNumber = reportNumber;
  }

  /**
   * 本年度各方实际到位资金.
   *
   * @return 本年度各方实际到位资金
   */
  public Contributions getPaid() {
    return paid;
  }

  /**
   * Sets 本年度各方实际到位资金.
   *
   * @param paid 本年度各方实际到位资金
   */
  public void setPaid(Contributions paid) {
    this.paid = paid;
  }

  /**
   * 科技研发支出（元）.
   *
   * @return 科技研发支出（元）
   */
  public BigDecimal getRndSpending() {
    return rndSpending;
  }

  /**
   * Sets 科技研发支出（元）.
   *
   * @param rndSpending 科技研发支出（元）
   */
  public void setRndSpending(BigDecimal rndSpending) {
    this.rndSpending = rndSpending;
  }

  /**
   * 非科技研发支出（元）.
   *
   * @return 非科技研发支出（元）
   */
  public BigDecimal getNonRndSpending() {
    return nonRndSpending;
  }

  /**
   * Sets 非科技研发支出（元）.
   *
   * @param nonRndSpending 非科技研发支出（元）
   */
  public void setNonRndSpending(BigDecimal nonRndSpending) {
    this.nonRndSpending = nonRndSpending;
  }

  /**
   * 已返还金额（元）.
   *
   * @return 已返还金额（元）
   */
  public BigDecimal getRefundedAmount() {
    return refundedAmount;
  }

  /**
   * Sets 已返还金额（元）.
   *
   * @param refundedAmount 已返还金额（元）
   */
  public void setRefundedAmount(BigDecimal refundedAmount) {
    this.refundedAmount = refundedAmount;
  }

  /**
   * 返还期限.
   *
   * @return 返还期限
   */
  public LocalDate getRefundDeadline() {
    return refundDeadline;
  }

  /**
   * Sets 返还期限.
   *
   * @param refundDeadline 返还期限
   */
  public void setRefundDeadline(LocalDate refundDeadline) {
    this.refundDeadline = refundDeadline;
  }
}
