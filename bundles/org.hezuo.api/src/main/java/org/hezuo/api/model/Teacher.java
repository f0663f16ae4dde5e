package org.hezuo.api.model;

import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.Label;
import org.hezuo.api.constraints.ResidentId;

/** 教师。 */
public class Teacher {

  @NotBlank
  @Size(max = 50)
  @Label("姓名")
  private String name;

  @ResidentId
  @Label("居民身份证号码")
  private String idNumber;

  @Size(max = 50)
  @Label("所在部门")
  private String department;

  @Size(max = 50)
  @Label("任教专业")
  private String specialty;

  @Size(max = 50)
  @Label("职称")
  private String title;

  @NotNull
  @Label("教师类别")
  private TeacherCategory category;

  @Label("新任教师")
  private Boolean newHire;

  @Label("有企业工作经历")
  private Boolean hasEnterpriseExperience;

  @Label("上岗日期")
  private LocalDate startedTeaching;

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
   * 所在部门.
   *
   * @return 所在部门
   */
  public String getDepartment() {
    return department;
  }

  /**
   * Sets 所在部门.
   *
   * @param department 所在部门
   */
  public void setDepartment(String department) {
    this.department = department;
  }

  /**
   * 任教专业.
   *
   * @return 任教专业
   */
  public String getSpecialty() {
    return specialty;
  }

  /**
   * Sets 任教专业.
   *
   * @param specialty 任教专业
   */
  public void setSpecialty(String specialty) {
    this.specialty = specialty;
  }

  /**
   * 职称.
   *
   * @return 职称
   */
  public String getTitle() {
    return title;
  }

  /**
   * Sets 职称.
   *
   * @param title 职称
   */
  public void setTitle(String title) {
    this.title = title;
  }

  /**
   * 教师类别.
   *
   * @return 教师类别
   */
  public TeacherCategory getCategory() {
    return category;
  }

  /**
   * Sets 教师类别.
   *
   * @param category 教师类别
   */
  public void setCategory(TeacherCategory category) {
    this.category = category;
  }

  /**
   * 新任教师.
   *
   * @return 新任教师
   */
  public Boolean getNewHire() {
    return newHire;
  }

  /**
   * Sets 新任教师.
   *
   * @param newHire 新任教师
   */
  public void setNewHire(Boolean newHire) {
    this.newHire = newHire;
  }

  /**
   * 有企业工作经历.
   *
   * @return 有企业工作经历
   */
  public Boolean getHasEnterpriseExperience() {
    return hasEnterpriseExperience;
  }

  /**
   * Sets 有企业工作经历.
   *
   * @param hasEnterpriseExperience 有企业工作经历
   */
  public void setHasEnterpriseExperience(Boolean hasEnterpriseExperience) {
    this.hasEnterpriseExperience = hasEnterpriseExperience;
  }

  /**
   * 上岗日期.
   *
   * @return 上岗日期
   */
  public LocalDate getStartedTeaching() {
    return startedTeaching;
  }

  /**
   * Sets 上岗日期.
   *
   * @param startedTeaching 上岗日期
   */
  public void setStartedTeaching(LocalDate startedTeaching) {
    this.startedTeaching = startedTeaching;
  }
}
