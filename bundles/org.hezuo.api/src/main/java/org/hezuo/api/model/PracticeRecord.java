package org.hezuo.api.model;

import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.DateRange;
import org.hezuo.api.constraints.Label;

/** 一次教师企业实践。 */
@DateRange(start = "startDate", end = "endDate")
public class PracticeRecord {

  @NotBlank
  @Size(max = 100)
  @Label("实践企业")
  private String enterprise;

  @Size(max = 50)
  @Label("实践岗位")
  private String post;

  @Size(max = 500)
  @Label("实践内容")
  private String content;

  @NotNull
  @Label("开始日期")
  private LocalDate startDate;

  @NotNull
  @Label("结束日期")
  private LocalDate endDate;

  @Label("利用假期进行")
  private Boolean inVacation;

  @Label("学期中实践已经学校批准")
  private Boolean schoolApproved;

  @Label("企业实践登记表填写完整")
  private Boolean registrationFormComplete;

  @Label("实践企业评价")
  private Evaluation enterpriseEvaluation;

  @Label("企业评价已签字盖章")
  private Boolean enterpriseSealed;

  @Size(max = 500)
  @Label("学校意见")
  private String schoolOpinion;

  @Size(max = 50)
  @Label("企业指导人员")
  private String mentor;

  /**
   * 实践企业.
   *
   * @return 实践企业
   */
  public String getEnterprise() {
    return enterprise;
  }

  /**
   * Sets 实践企业.
   *
   * @param enterprise 实践企业
   */
  public void setEnterprise(String enterprise) {
    this.enterprise = enterprise;
  }

  /**
   * 实践岗位.
   *
   * @return 实践岗位
   */
  public String getPost() {
    return post;
  }

  /**
   * Sets 实践岗位.
   *
   * @param post 实践岗位
   */
  public void setPost(String post) {
    this.post = post;
  }

  /**
   * 实践内容.
   *
   * @return 实践内容
   */
  public String getContent() {
    return content;
  }

  /**
   * Sets 实践内容.
   *
   * @param content 实践内容
   */
  public void setContent(String content) {
    this.content = content;
  }

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
   * 利用假期进行.
   *
   * @return 利用假期进行
   */
  public Boolean getInVacation() {
    return inVacation;
  }

  /**
   * Sets 利用假期进行.
   *
   * @param inVacation 利用假期进行
   */
  public void setInVacation(Boolean inVacation) {
    this.inVacation = inVacation;
  }

  /**
   * 学期中实践已经学校批准.
   *
   * @return 学期中实践已经学校批准
   */
  public Boolean getSchoolApproved() {
    return schoolApproved;
  }

  /**
   * Sets 学期中实践已经学校批准.
   *
   * @param schoolApproved 学期中实践已经学校批准
   */
  public void setSchoolApproved(Boolean schoolApproved) {
    this.schoolApproved = schoolApproved;
  }

  /**
   * 企业实践登记表填写完整.
   *
   * @return 企业实践登记表填写完整
   */
  public Boolean getRegistrationFormComplete() {
    return registrationFormComplete;
  }

  /**
   * Sets 企业实践登记表填写完整.
   *
   * @param registrationFormComplete 企业实践登记表填写完整
   */
  public void setRegistrationFormComplete(Boolean registrationFormComplete) {
    this.registrationFormComplete = registrationFormComplete;
  }

  /**
   * 实践企业评价.
   *
   * @return 实践企业评价
   */
  public Evaluation getEnterpriseEvaluation() {
    return enterpriseEvaluation;
  }

  /**
   * Sets 实践企业评价.
   *
   * @param enterpriseEvaluation 实践企业评价
   */
  public void setEnterpriseEvaluation(Evaluation enterpriseEvaluation) {
    this.enterpriseEvaluation = enterpriseEvaluation;
  }

  /**
   * 企业评价已签字盖章.
   *
   * @return 企业评价已签字盖章
   */
  public Boolean getEnterpriseSealed() {
    return enterpriseSealed;
  }

  /**
   * Sets 企业评价已签字盖章.
   *
   * @param enterpriseSealed 企业评价已签字盖章
   */
  public void setEnterpriseSealed(Boolean enterpriseSealed) {
    this.enterpriseSealed = enterpriseSealed;
  }

  /**
   * 学校意见.
   *
   * @return 学校意见
   */
  public String getSchoolOpinion() {
    return schoolOpinion;
  }

  /**
   * Sets 学校意见.
   *
   * @param schoolOpinion 学校意见
   */
  public void setSchoolOpinion(String schoolOpinion) {
    this.schoolOpinion = schoolOpinion;
  }

  /**
   * 企业指导人员.
   *
   * @return 企业指导人员
   */
  public String getMentor() {
    return mentor;
  }

  /**
   * Sets 企业指导人员.
   *
   * @param mentor 企业指导人员
   */
  public void setMentor(String mentor) {
    this.mentor = mentor;
  }
}
