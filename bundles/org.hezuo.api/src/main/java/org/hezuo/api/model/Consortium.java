package org.hezuo.api.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.Label;

/** 校企政科技研发联合体。 */
public class Consortium {

  @Size(max = 100)
  @Label("联合体名称")
  private String name;

  @Label("已获批建设")
  private Boolean approved;

  @Label("获批建设日期")
  private LocalDate approvalDate;

  @Size(max = 50)
  @Label("批准文号")
  private String approvalNumber;

  @Label("属政府明确的主导产业")
  private Boolean leadingIndustry;

  @Size(max = 50)
  @Label("产业领域")
  private String industry;

  @Label("高校院所")
  private List<String> universities = new ArrayList<>();

  @Label("各方承诺出资")
  private @Valid Contributions committed;

  @Label("年度审计")
  private List<@Valid AuditYear> audits = new ArrayList<>();

  /**
   * 联合体名称.
   *
   * @return 联合体名称
   */
  public String getName() {
    return name;
  }

  /**
   * Sets 联合体名称.
   *
   * @param name 联合体名称
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * 已获批建设.
   *
   * @return 已获批建设
   */
  public Boolean getApproved() {
    return approved;
  }

  /**
   * Sets 已获批建设.
   *
   * @param approved 已获批建设
   */
  public void setApproved(Boolean approved) {
    this.approved = approved;
  }

  /**
   * 获批建设日期.
   *
   * @return 获批建设日期
   */
  public LocalDate getApprovalDate() {
    return approvalDate;
  }

  /**
   * Sets 获批建设日期.
   *
   * @param approvalDate 获批建设日期
   */
  public void setApprovalDate(LocalDate approvalDate) {
    this.approvalDate = approvalDate;
  }

  /**
   * 批准文号.
   *
   * @return 批准文号
   */
  public String getApprovalNumber() {
    return approvalNumber;
  }

  /**
   * Sets 批准文号.
   *
   * @param approvalNumber 批准文号
   */
  public void setApprovalNumber(String approvalNumber) {
    this.approvalNumber = approvalNumber;
  }

  /**
   * 属政府明确的主导产业.
   *
   * @return 属政府明确的主导产业
   */
  public Boolean getLeadingIndustry() {
    return leadingIndustry;
  }

  /**
   * Sets 属政府明确的主导产业.
   *
   * @param leadingIndustry 属政府明确的主导产业
   */
  public void setLeadingIndustry(Boolean leadingIndustry) {
    this.leadingIndustry = leadingIndustry;
  }

  /**
   * 产业领域.
   *
   * @return 产业领域
   */
  public String getIndustry() {
    return industry;
  }

  /**
   * Sets 产业领域.
   *
   * @param industry 产业领域
   */
  public void setIndustry(String industry) {
    this.industry = industry;
  }

  /**
   * 高校院所.
   *
   * @return 高校院所
   */
  public List<String> getUniversities() {
    return universities;
  }

  /**
   * Sets 高校院所.
   *
   * @param universities 高校院所
   */
  public void setUniversities(List<String> universities) {
    this.universities = universities;
  }

  /**
   * 各方承诺出资.
   *
   * @return 各方承诺出资
   */
  public Contributions getCommitted() {
    return committed;
  }

  /**
   * Sets 各方承诺出资.
   *
   * @param committed 各方承诺出资
   */
  public void setCommitted(Contributions committed) {
    this.committed = committed;
  }

  /**
   * 年度审计.
   *
   * @return 年度审计
   */
  public List<AuditYear> getAudits() {
    return audits;
  }

  /**
   * Sets 年度审计.
   *
   * @param audits 年度审计
   */
  public void setAudits(List<AuditYear> audits) {
    this.audits = audits;
  }
}
