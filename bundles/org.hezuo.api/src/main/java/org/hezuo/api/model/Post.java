package org.hezuo.api.model;

import java.math.BigDecimal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.Label;

/** 实习单位的一个岗位。 */
public class Post {

  @NotBlank
  @Size(max = 50)
  @Label("岗位名称")
  private String name;

  @PositiveOrZero
  @Label("同类岗位在岗职工总人数")
  private Integer staffOnPost;

  @PositiveOrZero
  @Label("同期其他学校在该岗位的实习学生人数")
  private Integer otherInternsOnPost;

  @Min(1)
  @Max(4)
  @Label("体力劳动强度级别（1–4级）")
  private Integer physicalLabourLevel;

  @Label("高空、井下、放射性、有毒、易燃易爆等高危岗位")
  private Boolean highRisk;

  @Label("属未成年工禁忌从事的劳动")
  private Boolean barredForMinors;

  @Label("属女职工禁忌从事的劳动")
  private Boolean barredForFemales;

  @Label("专业和岗位有特殊要求并已报上级主管部门备案")
  private Boolean specialRequirementFiled;

  @Label("与所学专业对口或相近")
  private Boolean relatedToSpecialty;

  @PositiveOrZero
  @Label("本单位相同岗位工资标准（元/月）")
  private BigDecimal wageStandard;

  /**
   * 岗位名称.
   *
   * @return 岗位名称
   */
  public String getName() {
    return name;
  }

  /**
   * Sets 岗位名称.
   *
   * @param name 岗位名称
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * 同类岗位在岗职工总人数.
   *
   * @return 同类岗位在岗职工总人数
   */
  public Integer getStaffOnPost() {
    return staffOnPost;
  }

  /**
   * Sets 同类岗位在岗职工总人数.
   *
   * @param staffOnPost 同类岗位在岗职工总人数
   */
  public void setStaffOnPost(Integer staffOnPost) {
    this.staffOnPost = staffOnPost;
  }

  /**
   * 同期其他学校在该岗位的实习学生人数.
   *
   * @return 同期其他学校在该岗位的实习学生人数
   */
  public Integer getOtherInternsOnPost() {
    return otherInternsOnPost;
  }

  /**
   * Sets 同期其他学校在该岗位的实习学生人数.
   *
   * @param otherInternsOnPost 同期其他学校在该岗位的实习学生人数
   */
  public void setOtherInternsOnPost(Integer otherInternsOnPost) {
    this.otherInternsOnPost = otherInternsOnPost;
  }

  /**
   * 体力劳动强度级别（1–4级）.
   *
   * @return 体力劳动强度级别（1–4级）
   */
  public Integer getPhysicalLabourLevel() {
    return physicalLabourLevel;
  }

  /**
   * Sets 体力劳动强度级别（1–4级）.
   *
   * @param physicalLabourLevel 体力劳动强度级别（1–4级）
   */
  public void setPhysicalLabourLevel(Integer physicalLabourLevel) {
    this.physicalLabourLevel = physicalLabourLevel;
  }

  /**
   * 高空、井下、放射性、有毒、易燃易爆等高危岗位.
   *
   * @return 高空、井下、放射性、有毒、易燃易爆等高危岗位
   */
  public Boolean getHighRisk() {
    return highRisk;
  }

  /**
   * Sets 高空、井下、放射性、有毒、易燃易爆等高危岗位.
   *
   * @param highRisk 高空、井下、放射性、有毒、易燃易爆等高危岗位
   */
  public void setHighRisk(Boolean highRisk) {
    this.highRisk = highRisk;
  }

  /**
   * 属未成年工禁忌从事的劳动.
   *
   * @return 属未成年工禁忌从事的劳动
   */
  public Boolean getBarredForMinors() {
    return barredForMinors;
  }

  /**
   * Sets 属未成年工禁忌从事的劳动.
   *
   * @param barredForMinors 属未成年工禁忌从事的劳动
   */
  public void setBarredForMinors(Boolean barredForMinors) {
    this.barredForMinors = barredForMinors;
  }

  /**
   * 属女职工禁忌从事的劳动.
   *
   * @return 属女职工禁忌从事的劳动
   */
  public Boolean getBarredForFemales() {
    return barredForFemales;
  }

  /**
   * Sets 属女职工禁忌从事的劳动.
   *
   * @param barredForFemales 属女职工禁忌从事的劳动
   */
  public void setBarredForFemales(Boolean barredForFemales) {
    this.barredForFemales = barredForFemales;
  }

  /**
   * 专业和岗位有特殊要求并已报上级主管部门备案.
   *
   * @return 专业和岗位有特殊要求并已报上级主管部门备案
   */
  public Boolean getSpecialRequirementFiled() {
    return specialRequirementFiled;
  }

  /**
   * Sets 专业和岗位有特殊要求并已报上级主管部门备案.
   *
   * @param specialRequirementFiled 专业和岗位有特殊要求并已报上级主管部门备案
   */
  public void setSpecialRequirementFiled(Boolean specialRequirementFiled) {
    this.specialRequirementFiled = specialRequirementFiled;
  }

  /**
   * 与所学专业对口或相近.
   *
   * @return 与所学专业对口或相近
   */
  public Boolean getRelatedToSpecialty() {
    return relatedToSpecialty;
  }

  /**
   * Sets 与所学专业对口或相近.
   *
   * @param relatedToSpecialty 与所学专业对口或相近
   */
  public void setRelatedToSpecialty(Boolean relatedToSpecialty) {
    this.relatedToSpecialty = relatedToSpecialty;
  }

  /**
   * 本单位相同岗位工资标准（元/月）.
   *
   * @return 本单位相同岗位工资标准（元/月）
   */
  public BigDecimal getWageStandard() {
    return wageStandard;
  }

  /**
   * Sets 本单位相同岗位工资标准（元/月）.
   *
   * @param wageStandard 本单位相同岗位工资标准（元/月）
   */
  public void setWageStandard(BigDecimal wageStandard) {
    this.wageStandard = wageStandard;
  }
}
