package org.hezuo.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.Label;

/** 订单培养（定向委培班、企业冠名班、企业订单班）。 */
public class OrderTraining {

  @NotNull
  @Label("班级类型")
  private OrderClassType classType;

  @Size(max = 100)
  @Label("班级名称")
  private String className;

  @Size(max = 50)
  @Label("专业")
  private String specialty;

  @Positive
  @Label("计划招生人数")
  private Integer plannedEnrolment;

  @Label("招生开始日期（或分流组班日期）")
  private LocalDate recruitmentStart;

  @Label("录取日期（或组班日期）")
  private LocalDate admissionDate;

  @Label("校企共同制定教学计划、课程设置、实训标准")
  private Boolean jointTeachingPlan;

  @Label("录用与学生综合测评成绩挂钩")
  private Boolean hiringTiedToAssessment;

  @DecimalMin("0")
  @DecimalMax("100")
  @Label("录用的综合测评成绩门槛")
  private BigDecimal hiringThreshold;

  /**
   * 班级类型.
   *
   * @return 班级类型
   */
  public OrderClassType getClassType() {
    return classType;
  }

  /**
   * Sets 班级类型.
   *
   * @param classType 班级类型
   */
  public void setClassType(OrderClassType classType) {
    this.classType = classType;
  }

  /**
   * 班级名称.
   *
   * @return 班级名称
   */
  public String getClassName() {
    return className;
  }

  /**
   * Sets 班级名称.
   *
   * @param className 班级名称
   */
  public void setClassName(String className) {
    this.className = className;
  }

  /**
   * 专业.
   *
   * @return 专业
   */
  public String getSpecialty() {
    return specialty;
  }

  /**
   * Sets 专业.
   *
   * @param specialty 专业
   */
  public void setSpecialty(String specialty) {
    this.specialty = specialty;
  }

  /**
   * 计划招生人数.
   *
   * @return 计划招生人数
   */
  public Integer getPlannedEnrolment() {
    return plannedEnrolment;
  }

  /**
   * Sets 计划招生人数.
   *
   * @param plannedEnrolment 计划招生人数
   */
  public void setPlannedEnrolment(Integer plannedEnrolment) {
    this.plannedEnrolment = plannedEnrolment;
  }

  /**
   * 招生开始日期（或分流组班日期）.
   *
   * @return 招生开始日期（或分流组班日期）
   */
  public LocalDate getRecruitmentStart() {
    return recruitmentStart;
  }

  /**
   * Sets 招生开始日期（或分流组班日期）.
   *
   * @param recruitmentStart 招生开始日期（或分流组班日期）
   */
  public void setRecruitmentStart(LocalDate recruitmentStart) {
    this.recruitmentStart = recruitmentStart;
  }

  /**
   * 录取日期（或组班日期）.
   *
   * @return 录取日期（或组班日期）
   */
  public LocalDate getAdmissionDate() {
    return admissionDate;
  }

  /**
   * Sets 录取日期（或组班日期）.
   *
   * @param admissionDate 录取日期（或组班日期）
   */
  public void setAdmissionDate(LocalDate admissionDate) {
    this.admissionDate = admissionDate;
  }

  /**
   * 校企共同制定教学计划、课程设置、实训标准.
   *
   * @return 校企共同制定教学计划、课程设置、实训标准
   */
  public Boolean getJointTeachingPlan() {
    return jointTeachingPlan;
  }

  /**
   * Sets 校企共同制定教学计划、课程设置、实训标准.
   *
   * @param jointTeachingPlan 校企共同制定教学计划、课程设置、实训标准
   */
  public void setJointTeachingPlan(Boolean jointTeachingPlan) {
    this.jointTeachingPlan = jointTeachingPlan;
  }

  /**
   * 录用与学生综合测评成绩挂钩.
   *
   * @return 录用与学生综合测评成绩挂钩
   */
  public Boolean getHiringTiedToAssessment() {
    return hiringTiedToAssessment;
  }

  /**
   * Sets 录用与学生综合测评成绩挂钩.
   *
   * @param hiringTiedToAssessment 录用与学生综合测评成绩挂钩
   */
  public void setHiringTiedToAssessment(Boolean hiringTiedToAssessment) {
    this.hiringTiedToAssessment = hiringTiedToAssessment;
  }

  /**
   * 录用的综合测评成绩门槛.
   *
   * @return 录用的综合测评成绩门槛
   */
  public BigDecimal getHiringThreshold() {
    return hiringThreshold;
  }

  /**
   * Sets 录用的综合测评成绩门槛.
   *
   * @param hiringThreshold 录用的综合测评成绩门槛
   */
  public void setHiringThreshold(BigDecimal hiringThreshold) {
    this.hiringThreshold = hiringThreshold;
  }
}
