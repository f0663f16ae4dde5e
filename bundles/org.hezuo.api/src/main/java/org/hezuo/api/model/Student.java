package org.hezuo.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.IdMatchesBirthDate;
import org.hezuo.api.constraints.Label;
import org.hezuo.api.constraints.Phone;
import org.hezuo.api.constraints.ResidentId;

/** 学生。 */
@IdMatchesBirthDate
public class Student {

  @Size(max = 30)
  @Label("学号")
  private String studentNo;

  @NotBlank
  @Size(max = 50)
  @Label("姓名")
  private String name;

  @ResidentId
  @Label("居民身份证号码")
  private String idNumber;

  @Label("性别")
  private Gender gender;

  @NotNull
  @Past
  @Label("出生日期")
  private LocalDate birthDate;

  @Min(1)
  @Max(6)
  @Label("年级")
  private Integer grade;

  @Size(max = 50)
  @Label("专业")
  private String specialty;

  @Size(max = 50)
  @Label("班级")
  private String className;

  @Phone
  @Label("联系电话")
  private String phone;

  @Size(max = 50)
  @Label("实习岗位")
  private String postName;

  @Label("已完成教学计划规定的在校课程")
  private Boolean coursesCompleted;

  @Label("在岗位相对独立参与实际工作")
  private Boolean independentWork;

  @Label("参与实际生产（亲手制作产品、参与产品管理）")
  private Boolean handsOnProduction;

  @Label("已签知情同意书")
  private Boolean consentSigned;

  @Label("已签三方协议")
  private Boolean agreementSigned;

  @Label("家庭经济困难、有勤工俭学需要")
  private Boolean needsSupport;

  @DecimalMin("0")
  @DecimalMax("100")
  @Label("综合测评成绩")
  private BigDecimal assessmentScore;

  @Label("监护人")
  private @Valid Guardian guardian;

  /**
   * 学号.
   *
   * @return 学号
   */
  public String getStudentNo() {
    return studentNo;
  }

  /**
   * Sets 学号.
   *
   * @param studentNo 学号
   */
  public void setStudentNo(String studentNo) {
    this.studentNo = studentNo;
  }

  /**
   * 姓名.
   *
   * @return 姓名
   */
  public String getName() {
    return name;
  }

  /**
   * Sets 姓名.
   *
   * @param name 姓名
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * 居民身份证号码.
   *
   * @return 居民身份证号码
   */
  public String getIdNumber() {
    return idNumber;
  }

  /**
   * Sets 居民身份证号码.
   *
   * @param idNumber 居民身份证号码
   */
  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  /**
   * 性别.
   *
   * @return 性别
   */
  public Gender getGender() {
    return gender;
  }

  /**
   * Sets 性别.
   *
   * @param gender 性别
   */
  public void setGender(Gender gender) {
    this.gender = gender;
  }

  /**
   * 出生日期.
   *
   * @return 出生日期
   */
  public LocalDate getBirthDate() {
    return birthDate;
  }

  /**
   * Sets 出生日期.
   *
   * @param birthDate 出生日期
   */
  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  /**
   * 年级.
   *
   * @return 年级
   */
  public Integer getGrade() {
    return grade;
  }

  /**
   * Sets 年级.
   *
   * @param grade 年级
   */
  public void setGrade(Integer grade) {
    this.grade = grade;
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
   * 班级.
   *
   * @return 班级
   */
  public String getClassName() {
    return className;
  }

  /**
   * Sets 班级.
   *
   * @param className 班级
   */
  public void setClassName(String className) {
    this.className = className;
  }

  /**
   * 联系电话.
   *
   * @return 联系电话
   */
  public String getPhone() {
    return phone;
  }

  /**
   * Sets 联系电话.
   *
   * @param phone 联系电话
   */
  public void setPhone(String phone) {
    this.phone = phone;
  }

  /**
   * 实习岗位.
   *
   * @return 实习岗位
   */
  public String getPostName() {
    return postName;
  }

  /**
   * Sets 实习岗位.
   *
   * @param postName 实习岗位
   */
  public void setPostName(String postName) {
    this.postName = postName;
  }

  /**
   * 已完成教学计划规定的在校课程.
   *
   * @return 已完成教学计划规定的在校课程
   */
  public Boolean getCoursesCompleted() {
    return coursesCompleted;
  }

  /**
   * Sets 已完成教学计划规定的在校课程.
   *
   * @param coursesCompleted 已完成教学计划规定的在校课程
   */
  public void setCoursesCompleted(Boolean coursesCompleted) {
    this.coursesCompleted = coursesCompleted;
  }

  /**
   * 在岗位相对独立参与实际工作.
   *
   * @return 在岗位相对独立参与实际工作
   */
  public Boolean getIndependentWork() {
    return independentWork;
  }

  /**
   * Sets 在岗位相对独立参与实际工作.
   *
   * @param independentWork 在岗位相对独立参与实际工作
   */
  public void setIndependentWork(Boolean independentWork) {
    this.independentWork = independentWork;
  }

  /**
   * 参与实际生产（亲手制作产品、参与产品管理）.
   *
   * @return 参与实际生产（亲手制作产品、参与产品管理）
   */
  public Boolean getHandsOnProduction() {
    return handsOnProduction;
  }

  /**
   * Sets 参与实际生产（亲手制作产品、参与产品管理）.
   *
   * @param handsOnProduction 参与实际生产（亲手制作产品、参与产品管理）
   */
  public void setHandsOnProduction(Boolean handsOnProduction) {
    this.handsOnProduction = handsOnProduction;
  }

  /**
   * 已签知情同意书.
   *
   * @return 已签知情同意书
   */
  public Boolean getConsentSigned() {
    return consentSigned;
  }

  /**
   * Sets 已签知情同意书.
   *
   * @param consentSigned 已签知情同意书
   */
  public void setConsentSigned(Boolean consentSigned) {
    this.consentSigned = consentSigned;
  }

  /**
   * 已签三方协议.
   *
   * @return 已签三方协议
   */
  public Boolean getAgreementSigned() {
    return agreementSigned;
  }

  /**
   * Sets 已签三方协议.
   *
   * @param agreementSigned 已签三方协议
   */
  public void setAgreementSigned(Boolean agreementSigned) {
    this.agreementSigned = agreementSigned;
  }

  /**
   * 家庭经济困难、有勤工俭学需要.
   *
   * @return 家庭经济困难、有勤工俭学需要
   */
  public Boolean getNeedsSupport() {
    return needsSupport;
  }

  /**
   * Sets 家庭经济困难、有勤工俭学需要.
   *
   * @param needsSupport 家庭经济困难、有勤工俭学需要
   */
  public void setNeedsSupport(Boolean needsSupport) {
    this.needsSupport = needsSupport;
  }

  /**
   * 综合测评成绩.
   *
   * @return 综合测评成绩
   */
  public BigDecimal getAssessmentScore() {
    return assessmentScore;
  }

  /**
   * Sets 综合测评成绩.
   *
   * @param assessmentScore 综合测评成绩
   */
  public void setAssessmentScore(BigDecimal assessmentScore) {
    this.assessmentScore = assessmentScore;
  }

  /**
   * 监护人.
   *
   * @return 监护人
   */
  public Guardian getGuardian() {
    return guardian;
  }

  /**
   * Sets 监护人.
   *
   * @param guardian 监护人
   */
  public void setGuardian(Guardian guardian) {
    this.guardian = guardian;
  }
}
