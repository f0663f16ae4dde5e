package org.hezuo.api.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.Label;
import org.hezuo.api.constraints.SectionsFor;

/** 一个待审查的案件：一种合作模式的安排，或联合体、教师企业实践、委员会。按案件类型填写相应部分。 */
@SectionsFor
public class PolicyCase {

  @NotBlank
  @Size(max = 64)
  @Pattern(regexp = "[A-Za-z0-9._\\-]*", message = "只能包含字母、数字、点、下划线和连字符")
  @Label("案件编号")
  private String caseId;

  @NotNull
  @Label("案件类型")
  private CaseType caseType;

  @Label("审查基准日期")
  private LocalDate asOf;

  @Size(max = 200)
  @Label("案件名称")
  private String title;

  @Label("学校")
  private @Valid School school;

  @Label("企业")
  private @Valid Enterprise enterprise;

  @Label("协议")
  private List<@Valid Agreement> agreements = new ArrayList<>();

  @Label("学生")
  private List<@Valid Student> students = new ArrayList<>();

  @Label("实习安排")
  private @Valid Placement placement;

  @Label("订单培养")
  private @Valid OrderTraining orderTraining;

  @Label("工学交替")
  private @Valid Alternation alternation;

  @Label("勤工俭学")
  private @Valid WorkStudy workStudy;

  @Label("课程共同开发")
  private @Valid CourseDevelopment courseDevelopment;

  @Label("培训")
  private @Valid Training training;

  @Label("共建实训基地")
  private @Valid TrainingBase trainingBase;

  @Label("联合体")
  private @Valid Consortium consortium;

  @Label("教师企业实践")
  private @Valid TeacherPractice teacherPractice;

  @Label("委员会")
  private @Valid Committee committee;

  /**
   * 案件编号.
   *
   * @return 案件编号
   */
  public String getCaseId() {
    return caseId;
  }

  /**
   * Sets 案件编号.
   *
   * @param caseId 案件编号
   */
  public void setCaseId(String caseId) {
    this.caseId = caseId;
  }

  /**
   * 案件类型.
   *
   * @return 案件类型
   */
  public CaseType getCaseType() {
    return caseType;
  }

  /**
   * Sets 案件类型.
   *
   * @param caseType 案件类型
   */
  public void setCaseType(CaseType caseType) {
    this.caseType = caseType;
  }

  /**
   * 审查基准日期.
   *
   * @return 审查基准日期
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Sets 审查基准日期.
   *
   * @param asOf 审查基准日期
   */
  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  /**
   * 案件名称.
   *
   * @return 案件名称
   */
  public String getTitle() {
    return title;
  }

  /**
   * Sets 案件名称.
   *
   * @param title 案件名称
   */
  public void setTitle(String title) {
    this.title = title;
  }

  /**
   * 学校.
   *
   * @return 学校
   */
  public School getSchool() {
    return school;
  }

  /**
   * Sets 学校.
   *
   * @param school 学校
   */
  public void setSchool(School school) {
    this.school = school;
  }

  /**
   * 企业.
   *
   * @return 企业
   */
  public Enterprise getEnterprise() {
    return enterprise;
  }

  /**
   * Sets 企业.
   *
   * @param enterprise 企业
   */
  public void setEnterprise(Enterprise enterprise) {
    this.enterprise = enterprise;
  }

  /**
   * 协议.
   *
   * @return 协议
   */
  public List<Agreement> getAgreements() {
    return agreements;
  }

  /**
   * Sets 协议.
   *
   * @param agreements 协议
   */
  public void setAgreements(List<Agreement> agreements) {
    this.agreements = agreements;
  }

  /**
   * 学生.
   *
   * @return 学生
   */
  public List<Student> getStudents() {
    return students;
  }

  /**
   * Sets 学生.
   *
   * @param students 学生
   */
  public void setStudents(List<Student> students) {
    this.students = students;
  }

  /**
   * 实习安排.
   *
   * @return 实习安排
   */
  public Placement getPlacement() {
    return placement;
  }

  /**
   * Sets 实习安排.
   *
   * @param placement 实习安排
   */
  public void setPlacement(Placement placement) {
    this.placement = placement;
  }

  /**
   * 订单培养.
   *
   * @return 订单培养
   */
  public OrderTraining getOrderTraining() {
    return orderTraining;
  }

  /**
   * Sets 订单培养.
   *
   * @param orderTraining 订单培养
   */
  public void setOrderTraining(OrderTraining orderTraining) {
    this.orderTraining = orderTraining;
  }

  /**
   * 工学交替.
   *
   * @return 工学交替
   */
  public Alternation getAlternation() {
    return alternation;
  }

  /**
   * Sets 工学交替.
   *
   * @param alternation 工学交替
   */
  public void setAlternation(Alternation alternation) {
    this.alternation = alternation;
  }

  /**
   * 勤工俭学.
   *
   * @return 勤工俭学
   */
  public WorkStudy getWorkStudy() {
    return workStudy;
  }

  /**
   * Sets 勤工俭学.
   *
   * @param workStudy 勤工俭学
   */
  public void setWorkStudy(WorkStudy workStudy) {
    this.workStudy = workStudy;
  }

  /**
   * 课程共同开发.
   *
   * @return 课程共同开发
   */
  public CourseDevelopment getCourseDevelopment() {
    return courseDevelopment;
  }

  /**
   * Sets 课程共同开发.
   *
   * @param courseDevelopment 课程共同开发
   */
  public void setCourseDevelopment(CourseDevelopment courseDevelopment) {
    this.courseDevelopment = courseDevelopment;
  }

  /**
   * 培训.
   *
   * @return 培训
   */
  public Training getTraining() {
    return training;
  }

  /**
   * Sets 培训.
   *
   * @param training 培训
   */
  public void setTraining(Training training) {
    this.training = training;
  }

  /**
   * 共建实训基地.
   *
   * @return 共建实训基地
   */
  public TrainingBase getTrainingBase() {
    return trainingBase;
  }

  /**
   * Sets 共建实训基地.
   *
   * @param trainingBase 共建实训基地
   */
  public void setTrainingBase(TrainingBase trainingBase) {
    this.trainingBase = trainingBase;
  }

  /**
   * 联合体.
   *
   * @return 联合体
   */
  public Consortium getConsortium() {
    return consortium;
  }

  /**
   * Sets 联合体.
   *
   * @param consortium 联合体
   */
  public void setConsortium(Consortium consortium) {
    this.consortium = consortium;
  }

  /**
   * 教师企业实践.
   *
   * @return 教师企业实践
   */
  public TeacherPractice getTeacherPractice() {
    return teacherPractice;
  }

  /**
   * Sets 教师企业实践.
   *
   * @param teacherPractice 教师企业实践
   */
  public void setTeacherPractice(TeacherPractice teacherPractice) {
    this.teacherPractice = teacherPractice;
  }

  /**
   * 委员会.
   *
   * @return 委员会
   */
  public Committee getCommittee() {
    return committee;
  }

  /**
   * Sets 委员会.
   *
   * @param committee 委员会
   */
  public void setCommittee(Committee committee) {
    this.committee = committee;
  }
}
