package org.hezuo.api.model;

import java.math.BigDecimal;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.Label;

/** 勤工俭学活动。 */
public class WorkStudy {

  @Label("在节假日期间")
  private Boolean duringHolidays;

  @Label("由学校组织")
  private Boolean schoolOrganised;

  @Label("获得报酬")
  private Boolean paid;

  @PositiveOrZero
  @Label("每小时报酬（元）")
  private BigDecimal hourlyPay;

  @Size(max = 50)
  @Label("带队教师")
  private String teacherInCharge;

  @Size(max = 200)
  @Label("劳动内容")
  private String workContent;

  @Label("已取得监护人同意")
  private Boolean guardianConsent;

  /**
   * 在节假日期间.
   *
   * @return 在节假日期间
   */
  public Boolean getDuringHolidays() {
    return duringHolidays;
  }

  /**
   * Sets 在节假日期间.
   *
   * @param duringHolidays 在节假日期间
   */
  public void setDuringHolidays(Boolean duringHolidays) {
    this.duringHolidays = duringHolidays;
  }

  /**
   * 由学校组织.
   *
   * @return 由学校组织
   */
  public Boolean getSchoolOrganised() {
    return schoolOrganised;
  }

  /**
   * Sets 由学校组织.
   *
   * @param schoolOrganised 由学校组织
   */
  public void setSchoolOrganised(Boolean schoolOrganised) {
    this.schoolOrganised = schoolOrganised;
  }

  /**
   * 获得报酬.
   *
   * @return 获得报酬
   */
  public Boolean getPaid() {
    return paid;
  }

  /**
   * Sets 获得报酬.
   *
   * @param paid 获得报酬
   */
  public void setPaid(Boolean paid) {
    this.paid = paid;
  }

  /**
   * 每小时报酬（元）.
   *
   * @return 每小时报酬（元）
   */
  public BigDecimal getHourlyPay() {
    return hourlyPay;
  }

  /**
   * Sets 每小时报酬（元）.
   *
   * @param hourlyPay 每小时报酬（元）
   */
  public void setHourlyPay(BigDecimal hourlyPay) {
    this.hourlyPay = hourlyPay;
  }

  /**
   * 带队教师.
   *
   * @return 带队教师
   */
  public String getTeacherInCharge() {
    return teacherInCharge;
  }

  /**
   * Sets 带队教师.
   *
   * @param teacherInCharge 带队教师
   */
  public void setTeacherInCharge(String teacherInCharge) {
    this.teacherInCharge = teacherInCharge;
  }

  /**
   * 劳动内容.
   *
   * @return 劳动内容
   */
  public String getWorkContent() {
    return workContent;
  }

  /**
   * Sets 劳动内容.
   *
   * @param workContent 劳动内容
   */
  public void setWorkContent(String workContent) {
    this.workContent = workContent;
  }

  /**
   * 已取得监护人同意.
   *
   * @return 已取得监护人同意
   */
  public Boolean getGuardianConsent() {
    return guardianConsent;
  }

  /**
   * Sets 已取得监护人同意.
   *
   * @param guardianConsent 已取得监护人同意
   */
  public void setGuardianConsent(Boolean guardianConsent) {
    this.guardianConsent = guardianConsent;
  }
}
