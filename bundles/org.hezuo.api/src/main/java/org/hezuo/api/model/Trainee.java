package org.hezuo.api.model;

import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.IdMatchesBirthDate;
import org.hezuo.api.constraints.Label;
import org.hezuo.api.constraints.ResidentId;

/** 参加培训的企业员工。 */
@IdMatchesBirthDate
public class Trainee {

  @NotBlank
  @Size(max = 50)
  @Label("姓名")
  private String name;

  @ResidentId
  @Label("居民身份证号码")
  private String idNumber;

  @Past
  @Label("出生日期")
  private LocalDate birthDate;

  @Size(max = 50)
  @Label("岗位")
  private String post;

  @Label("申请的培训形式")
  private TrainingForm requestedForm;

  @Label("企业急需培训")
  private Boolean urgentNeed;

  @Label("企业相对固定使用")
  private Boolean relativelyFixedUse;

  @Label("符合省、市中职非全日制招生条件")
  private Boolean meetsPartTimeAdmission;

  @Label("从事特定职业或特种作业")
  private Boolean specialOccupation;

  @Label("已取得职业资格或特种作业资格")
  private Boolean holdsQualification;

  @Label("已在特定职业岗位上岗")
  private Boolean alreadyOnPost;

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
   * 岗位.
   *
   * @return 岗位
   */
  public String getPost() {
    return post;
  }

  /**
   * Sets 岗位.
   *
   * @param post 岗位
   */
  public void setPost(String post) {
    this.post = post;
  }

  /**
   * 申请的培训形式.
   *
   * @return 申请的培训形式
   */
  public TrainingForm getRequestedForm() {
    return requestedForm;
  }

  /**
   * Sets 申请的培训形式.
   *
   * @param requestedForm 申请的培训形式
   */
  public void setRequestedForm(TrainingForm requestedForm) {
    this.requestedForm = requestedForm;
  }

  /**
   * 企业急需培训.
   *
   * @return 企业急需培训
   */
  public Boolean getUrgentNeed() {
    return urgentNeed;
  }

  /**
   * Sets 企业急需培训.
   *
   * @param urgentNeed 企业急需培训
   */
  public void setUrgentNeed(Boolean urgentNeed) {
    this.urgentNeed = urgentNeed;
  }

  /**
   * 企业相对固定使用.
   *
   * @return 企业相对固定使用
   */
  public Boolean getRelativelyFixedUse() {
    return relativelyFixedUse;
  }

  /**
   * Sets 企业相对固定使用.
   *
   * @param relativelyFixedUse 企业相对固定使用
   */
  public void setRelativelyFixedUse(Boolean relativelyFixedUse) {
    this.relativelyFixedUse = relativelyFixedUse;
  }

  /**
   * 符合省、市中职非全日制招生条件.
   *
   * @return 符合省、市中职非全日制招生条件
   */
  public Boolean getMeetsPartTimeAdmission() {
    return meetsPartTimeAdmission;
  }

  /**
   * Sets 符合省、市中职非全日制招生条件.
   *
   * @param meetsPartTimeAdmission 符合省、市中职非全日制招生条件
   */
  public void setMeetsPartTimeAdmission(Boolean meetsPartTimeAdmission) {
    this.meetsPartTimeAdmission = meetsPartTimeAdmission;
  }

  /**
   * 从事特定职业或特种作业.
   *
   * @return 从事特定职业或特种作业
   */
  public Boolean getSpecialOccupation() {
    return specialOccupation;
  }

  /**
   * Sets 从事特定职业或特种作业.
   *
   * @param specialOccupation 从事特定职业或特种作业
   */
  public void setSpecialOccupation(Boolean specialOccupation) {
    this.specialOccupation = specialOccupation;
  }

  /**
   * 已取得职业资格或特种作业资格.
   *
   * @return 已取得职业资格或特种作业资格
   */
  public Boolean getHoldsQualification() {
    return holdsQualification;
  }

  /**
   * Sets 已取得职业资格或特种作业资格.
   *
   * @param holdsQualification 已取得职业资格或特种作业资格
   */
  public void setHoldsQualification(Boolean holdsQualification) {
    this.holdsQualification = holdsQualification;
  }

  /**
   * 已在特定职业岗位上岗.
   *
   * @return 已在特定职业岗位上岗
   */
  public Boolean getAlreadyOnPost() {
    return alreadyOnPost;
  }

  /**
   * Sets 已在特定职业岗位上岗.
   *
   * @param alreadyOnPost 已在特定职业岗位上岗
   */
  public void setAlreadyOnPost(Boolean alreadyOnPost) {
    this.alreadyOnPost = alreadyOnPost;
  }
}
