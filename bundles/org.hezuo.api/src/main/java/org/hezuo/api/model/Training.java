package org.hezuo.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.DateRange;
import org.hezuo.api.constraints.Label;

/** 岗前培训、非全日制学历教育或职工培训班。 */
@DateRange(start = "startDate", end = "endDate")
public class Training {

  @Label("培训班类型")
  private TrainingForm form;

  @Size(max = 50)
  @Label("培训专业")
  private String specialty;

  @Size(max = 200)
  @Label("培训目标")
  private String goal;

  @Label("培训专业和目标由企业确定")
  private Boolean goalSetByEnterprise;

  @Label("培训计划和内容由校企共同商定")
  private Boolean planAgreedJointly;

  @Label("教材由学校提供")
  private Boolean textbooksBySchool;

  @Label("开始日期")
  private LocalDate startDate;

  @Label("结束日期")
  private LocalDate endDate;

  @PositiveOrZero
  @Label("每人培训费（元）")
  private BigDecimal feePerTrainee;

  @Label("学员")
  private List<@Valid Trainee> trainees = new ArrayList<>();

  /**
   * 培训班类型.
   *
   * @return 培训班类型
   */
  public TrainingForm getForm() {
    return form;
  }

  /**
   * Sets 培训班类型.
   *
   * @param form 培训班类型
   */
  public void setForm(TrainingForm form) {
    this.form = form;
  }

  /**
   * 培训专业.
   *
   * @return 培训专业
   */
  public String getSpecialty() {
    return specialty;
  }

  /**
   * Sets 培训专业.
   *
   * @param specialty 培训专业
   */
  public void setSpecialty(String specialty) {
    this.specialty = specialty;
  }

  /**
   * 培训目标.
   *
   * @return 培训目标
   */
  public String getGoal() {
    return goal;
  }

  /**
   * Sets 培训目标.
   *
   * @param goal 培训目标
   */
  public void setGoal(String goal) {
    this.goal = goal;
  }

  /**
   * 培训专业和目标由企业确定.
   *
   * @return 培训专业和目标由企业确定
   */
  public Boolean getGoalSetByEnterprise() {
    return goalSetByEnterprise;
  }

  /**
   * Sets 培训专业和目标由企业确定.
   *
   * @param goalSetByEnterprise 培训专业和目标由企业确定
   */
  public void setGoalSetByEnterprise(Boolean goalSetByEnterprise) {
    this.goalSetByEnterprise = goalSetByEnterprise;
  }

  /**
   * 培训计划和内容由校企共同商定.
   *
   * @return 培训计划和内容由校企共同商定
   */
  public Boolean getPlanAgreedJointly() {
    return planAgreedJointly;
  }

  /**
   * Sets 培训计划和内容由校企共同商定.
   *
   * @param planAgreedJointly 培训计划和内容由校企共同商定
   */
  public void setPlanAgreedJointly(Boolean planAgreedJointly) {
    this.planAgreedJointly = planAgreedJointly;
  }

  /**
   * 教材由学校提供.
   *
   * @return 教材由学校提供
   */
  public Boolean getTextbooksBySchool() {
    return textbooksBySchool;
  }

  /**
   * Sets 教材由学校提供.
   *
   * @param textbooksBySchool 教材由学校提供
   */
  public void setTextbooksBySchool(Boolean textbooksBySchool) {
    this.textbooksBySchool = textbooksBySchool;
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
   * 每人培训费（元）.
   *
   * @return 每人培训费（元）
   */
  public BigDecimal getFeePerTrainee() {
    return feePerTrainee;
  }

  /**
   * Sets 每人培训费（元）.
   *
   * @param feePerTrainee 每人培训费（元）
   */
  public void setFeePerTrainee(BigDecimal feePerTrainee) {
    this.feePerTrainee = feePerTrainee;
  }

  /**
   * 学员.
   *
   * @return 学员
   */
  public List<Trainee> getTrainees() {
    return trainees;
  }

  /**
   * Sets 学员.
   *
   * @param trainees 学员
   */
  public void setTrainees(List<Trainee> trainees) {
    this.trainees = trainees;
  }
}
