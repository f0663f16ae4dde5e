package org.hezuo.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.DateRange;
import org.hezuo.api.constraints.Label;

/** 实习安排（岗位实习、认识实习或勤工俭学的岗位安排）。 */
@DateRange(start = "startDate", end = "endDate")
public class Placement {

  @NotNull
  @Label("开始日期")
  private LocalDate startDate;

  @NotNull
  @Label("结束日期")
  private LocalDate endDate;

  @Size(max = 200)
  @Label("实习地点")
  private String location;

  @PositiveOrZero
  @DecimalMax("24")
  @Label("每日工作时间（小时）")
  private BigDecimal dailyHours;

  @PositiveOrZero
  @DecimalMax("168")
  @Label("每周工作时间（小时）")
  private BigDecimal weeklyHours;

  @Label("上班时间")
  private LocalTime shiftStart;

  @Label("下班时间")
  private LocalTime shiftEnd;

  @Label("安排加班")
  private Boolean overtime;

  @Label("安排法定节假日上岗")
  private Boolean publicHolidayWork;

  @Label("安排休息日上岗")
  private Boolean restDayWork;

  @Label("通过中介机构、有偿代理、人力资源服务机构或劳务派遣安排")
  private Boolean viaAgency;

  @Label("向学生收取押金、培训费、管理费等费用")
  private Boolean feesCharged;

  @Label("扣押学生证件")
  private Boolean documentsWithheld;

  @Label("跨省安排")
  private Boolean crossProvince;

  @Label("跨省安排已报批")
  private Boolean crossProvinceApproved;

  @Label("学生自行选择实习单位")
  private Boolean selfChosen;

  @Size(max = 500)
  @Label("超过6个月的人才培养方案依据")
  private String durationJustification;

  @Label("校企共同制订实习方案")
  private Boolean internshipPlanAgreed;

  @Label("已报主管部门备案")
  private Boolean filedWithAuthority;

  @Label("实习报酬")
  private @Valid Pay pay;

  @Label("保险")
  private @Valid Insurance insurance;

  /**
   * 开始日期.
   *
   * @return 开始日期
   */
  public LocalDate getStartDate() {
    return startDate;
  }

  /**
   * Sets 开始日期.
   *
   * @param startDate 开始日期
   */
  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  /**
   * 结束日期.
   *
   * @return 结束日期
   */
  public LocalDate getEndDate() {
    return endDate;
  }

  /**
   * Sets 结束日期.
   *
   * @param endDate 结束日期
   */
  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  /**
   * 实习地点.
   *
   * @return 实习地点
   */
  public String getLocation() {
    return location;
  }

  /**
   * Sets 实习地点.
   *
   * @param location 实习地点
   */
  public void setLocation(String location) {
    this.location = location;
  }

  /**
   * 每日工作时间（小时）.
   *
   * @return 每日工作时间（小时）
   */
  public BigDecimal getDailyHours() {
    return dailyHours;
  }

  /**
   * Sets 每日工作时间（小时）.
   *
   * @param dailyHours 每日工作时间（小时）
   */
  public void setDailyHours(BigDecimal dailyHours) {
    this.dailyHours = dailyHours;
  }

  /**
   * 每周工作时间（小时）.
   *
   * @return 每周工作时间（小时）
   */
  public BigDecimal getWeeklyHours() {
    return weeklyHours;
  }

  /**
   * Sets 每周工作时间（小时）.
   *
   * @param weeklyHours 每周工作时间（小时）
   */
  public void setWeeklyHours(BigDecimal weeklyHours) {
    this.weeklyHours = weeklyHours;
  }

  /**
   * 上班时间.
   *
   * @return 上班时间
   */
  public LocalTime getShiftStart() {
    return shiftStart;
  }

  /**
   * Sets 上班时间.
   *
   * @param shiftStart 上班时间
   */
  public void setShiftStart(LocalTime shiftStart) {
    this.shiftStart = shiftStart;
  }

  /**
   * 下班时间.
   *
   * @return 下班时间
   */
  public LocalTime getShiftEnd() {
    return shiftEnd;
  }

  /**
   * Sets 下班时间.
   *
   * @param shiftEnd 下班时间
   */
  public void setShiftEnd(LocalTime shiftEnd) {
    this.shiftEnd = shiftEnd;
  }

  /**
   * 安排加班.
   *
   * @return 安排加班
   */
  public Boolean getOvertime() {
    return overtime;
  }

  /**
   * Sets 安排加班.
   *
   * @param overtime 安排加班
   */
  public void setOvertime(Boolean overtime) {
    this.overtime = overtime;
  }

  /**
   * 安排法定节假日上岗.
   *
   * @return 安排法定节假日上岗
   */
  public Boolean getPublicHolidayWork() {
    return publicHolidayWork;
  }

  /**
   * Sets 安排法定节假日上岗.
   *
   * @param publicHolidayWork 安排法定节假日上岗
   */
  public void setPublicHolidayWork(Boolean publicHolidayWork) {
    this.publicHolidayWork = publicHolidayWork;
  }

  /**
   * 安排休息日上岗.
   *
   * @return 安排休息日上岗
   */
  public Boolean getRestDayWork() {
    return restDayWork;
  }

  /**
   * Sets 安排休息日上岗.
   *
   * @param restDayWork 安排休息日上岗
   */
  public void setRestDayWork(Boolean restDayWork) {
    this.restDayWork = restDayWork;
  }

  /**
   * 通过中介机构、有偿代理、人力资源服务机构或劳务派遣安排.
   *
   * @return 通过中介机构、有偿代理、人力资源服务机构或劳务派遣安排
   */
  public Boolean getViaAgency() {
    return viaAgency;
  }

  /**
   * Sets 通过中介机构、有偿代理、人力资源服务机构或劳务派遣安排.
   *
   * @param viaAgency 通过中介机构、有偿代理、人力资源服务机构或劳务派遣安排
   */
  public void setViaAgency(Boolean viaAgency) {
    this.viaAgency = viaAgency;
  }

  /**
   * 向学生收取押金、培训费、管理费等费用.
   *
   * @return 向学生收取押金、培训费、管理费等费用
   */
  public Boolean getFeesCharged() {
    return feesCharged;
  }

  /**
   * Sets 向学生收取押金、培训费、管理费等费用.
   *
   * @param feesCharged 向学生收取押金、培训费、管理费等费用
   */
  public void setFeesCharged(Boolean feesCharged) {
    this.feesCharged = feesCharged;
  }

  /**
   * 扣押学生证件.
   *
   * @return 扣押学生证件
   */
  public Boolean getDocumentsWithheld() {
    return documentsWithheld;
  }

  /**
   * Sets 扣押学生证件.
   *
   * @param documentsWithheld 扣押学生证件
   */
  public void setDocumentsWithheld(Boolean documentsWithheld) {
    this.documentsWithheld = documentsWithheld;
  }

  /**
   * 跨省安排.
   *
   * @return 跨省安排
   */
  public Boolean getCrossProvince() {
    return crossProvince;
  }

  /**
   * Sets 跨省安排.
   *
   * @param crossProvince 跨省安排
   */
  public void setCrossProvince(Boolean crossProvince) {
    this.crossProvince = crossProvince;
  }

  /**
   * 跨省安排已报批.
   *
   * @return 跨省安排已报批
   */
  public Boolean getCrossProvinceApproved() {
    return crossProvinceApproved;
  }

  /**
   * Sets 跨省安排已报批.
   *
   * @param crossProvinceApproved 跨省安排已报批
   */
  public void setCrossProvinceApproved(Boolean crossProvinceApproved) {
    this.crossProvinceApproved = crossProvinceApproved;
  }

  /**
   * 学生自行选择实习单位.
   *
   * @return 学生自行选择实习单位
   */
  public Boolean getSelfChosen() {
    return selfChosen;
  }

  /**
   * Sets 学生自行选择实习单位.
   *
   * @param selfChosen 学生自行选择实习单位
   */
  public void setSelfChosen(Boolean selfChosen) {
    this.selfChosen = selfChosen;
  }

  /**
   * 超过6个月的人才培养方案依据.
   *
   * @return 超过6个月的人才培养方案依据
   */
  public String getDurationJustification() {
    return durationJustification;
  }

  /**
   * Sets 超过6个月的人才培养方案依据.
   *
   * @param durationJustification 超过6个月的人才培养方案依据
   */
  public void setDurationJustification(String durationJustification) {
    this.durationJustification = durationJustification;
  }

  /**
   * 校企共同制订实习方案.
   *
   * @return 校企共同制订实习方案
   */
  public Boolean getInternshipPlanAgreed() {
    return internshipPlanAgreed;
  }

  /**
   * Sets 校企共同制订实习方案.
   *
   * @param internshipPlanAgreed 校企共同制订实习方案
   */
  public void setInternshipPlanAgreed(Boolean internshipPlanAgreed) {
    this.internshipPlanAgreed = internshipPlanAgreed;
  }

  /**
   * 已报主管部门备案.
   *
   * @return 已报主管部门备案
   */
  public Boolean getFiledWithAuthority() {
    return filedWithAuthority;
  }

  /**
   * Sets 已报主管部门备案.
   *
   * @param filedWithAuthority 已报主管部门备案
   */
  public void setFiledWithAuthority(Boolean filedWithAuthority) {
    this.filedWithAuthority = filedWithAuthority;
  }

  /**
   * 实习报酬.
   *
   * @return 实习报酬
   */
  public Pay getPay() {
    return pay;
  }

  /**
   * Sets 实习报酬.
   *
   * @param pay 实习报酬
   */
  public void setPay(Pay pay) {
    this.pay = pay;
  }

  /**
   * 保险.
   *
   * @return 保险
   */
  public Insurance getInsurance() {
    return insurance;
  }

  /**
   * Sets 保险.
   *
   * @param insurance 保险
   */
  public void setInsurance(Insurance insurance) {
    this.insurance = insurance;
  }
}
