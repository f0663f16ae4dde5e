package org.hezuo.api.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.DateRange;
import org.hezuo.api.constraints.Label;

/** 已签或拟签的协议。 */
@DateRange(start = "validFrom", end = "validTo")
public class Agreement {

  @NotNull
  @Label("协议种类")
  private AgreementKind kind;

  @Size(max = 50)
  @Label("协议编号")
  private String number;

  @Label("签订日期")
  private LocalDate signedOn;

  @Label("起始日期")
  private LocalDate validFrom;

  @Label("终止日期")
  private LocalDate validTo;

  @Label("签约各方")
  private List<String> parties = new ArrayList<>();

  @Label("各方均已签字盖章")
  private Boolean allPartiesSigned;

  @Label("以有关部门发布的示范文本为基础")
  private Boolean modelTextUsed;

  @Size(max = 30)
  @Label("所涉学生学号（逐人签订时）")
  private String studentNo;

  @Label("是否为劳动合同")
  private Boolean labourContract;

  /**
   * 协议种类.
   *
   * @return 协议种类
   */
  public AgreementKind getKind() {
    return kind;
  }

  /**
   * Sets 协议种类.
   *
   * @param kind 协议种类
   */
  public void setKind(AgreementKind kind) {
    this.kind = kind;
  }

  /**
   * 协议编号.
   *
   * @return 协议编号
   */
  public String getNumber() {
    return number;
  }

  /**
   * Sets 协议编号.
   *
   * @param number 协议编号
   */
  public void setNumber(String number) {
    this.number = number;
  }

  /**
   * 签订日期.
   *
   * @return 签订日期
   */
  public LocalDate getSignedOn() {
    return signedOn;
  }

  /**
   * Sets 签订日期.
   *
   * @param signedOn 签订日期
   */
  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  /**
   * 起始日期.
   *
   * @return 起始日期
   */
  public LocalDate getValidFrom() {
    return validFrom;
  }

  /**
   * Sets 起始日期.
   *
   * @param validFrom 起始日期
   */
  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  /**
   * 终止日期.
   *
   * @return 终止日期
   */
  public LocalDate getValidTo() {
    return validTo;
  }

  /**
   * Sets 终止日期.
   *
   * @param validTo 终止日期
   */
  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }

  /**
   * 签约各方.
   *
   * @return 签约各方
   */
  public List<String> getParties() {
    return parties;
  }

  /**
   * Sets 签约各方.
   *
   * @param parties 签约各方
   */
  public void setParties(List<String> parties) {
    this.parties = parties;
  }

  /**
   * 各方均已签字盖章.
   *
   * @return 各方均已签字盖章
   */
  public Boolean getAllPartiesSigned() {
    return allPartiesSigned;
  }

  /**
   * Sets 各方均已签字盖章.
   *
   * @param allPartiesSigned 各方均已签字盖章
   */
  public void setAllPartiesSigned(Boolean allPartiesSigned) {
    this.allPartiesSigned = allPartiesSigned;
  }

  /**
   * 以有关部门发布的示范文本为基础.
   *
   * @return 以有关部门发布的示范文本为基础
   */
  public Boolean getModelTextUsed() {
    return modelTextUsed;
  }

  /**
   * Sets 以有关部门发布的示范文本为基础.
   *
   * @param modelTextUsed 以有关部门发布的示范文本为基础
   */
  public void setModelTextUsed(Boolean modelTextUsed) {
    this.modelTextUsed = modelTextUsed;
  }

  /**
   * 所涉学生学号（逐人签订时）.
   *
   * @return 所涉学生学号（逐人签订时）
   */
  public String getStudentNo() {
    return studentNo;
  }

  /**
   * Sets 所涉学生学号（逐人签订时）.
   *
   * @param studentNo 所涉学生学号（逐人签订时）
   */
  public void setStudentNo(String studentNo) {
    this.studentNo = studentNo;
  }

  /**
   * 是否为劳动合同.
   *
   * @return 是否为劳动合同
   */
  public Boolean getLabourContract() {
    return labourContract;
  }

  /**
   * Sets 是否为劳动合同.
   *
   * @param labourContract 是否为劳动合同
   */
  public void setLabourContract(Boolean labourContract) {
    this.labourContract = labourContract;
  }
}
