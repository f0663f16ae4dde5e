package org.hezuo.api.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.CreditCode;
import org.hezuo.api.constraints.Label;
import org.hezuo.api.constraints.Phone;

/** 合作一方（学校、企业、机构）的基本信息。 */
public class Party {

  @NotBlank
  @Size(max = 100)
  @Label("名称")
  private String name;

  @CreditCode
  @Label("统一社会信用代码")
  private String creditCode;

  @Size(max = 50)
  @Label("法定代表人或负责人")
  private String legalRepresentative;

  @Size(max = 200)
  @Label("地址")
  private String address;

  @Size(max = 50)
  @Label("联系人")
  private String contactPerson;

  @Phone
  @Label("联系电话")
  private String contactPhone;

  @Size(max = 20)
  @Label("所在省份")
  private String province;

  /**
   * 名称.
   *
   * @return 名称
   */
  public String getName() {
    return name;
  }

  /**
   * Sets 名称.
   *
   * @param name 名称
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * 统一社会信用代码.
   *
   * @return 统一社会信用代码
   */
  public String getCreditCode() {
    return creditCode;
  }

  /**
   * Sets 统一社会信用代码.
   *
   * @param creditCode 统一社会信用代码
   */
  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  /**
   * 法定代表人或负责人.
   *
   * @return 法定代表人或负责人
   */
  public String getLegalRepresentative() {
    return legalRepresentative;
  }

  /**
   * Sets 法定代表人或负责人.
   *
   * @param legalRepresentative 法定代表人或负责人
   */
  public void setLegalRepresentative(String legalRepresentative) {
    this.legalRepresentative = legalRepresentative;
  }

  /**
   * 地址.
   *
   * @return 地址
   */
  public String getAddress() {
    return address;
  }

  /**
   * Sets 地址.
   *
   * @param address 地址
   */
  public void setAddress(String address) {
    this.address = address;
  }

  /**
   * 联系人.
   *
   * @return 联系人
   */
  public String getContactPerson() {
    return contactPerson;
  }

  /**
   * Sets 联系人.
   *
   * @param contactPerson 联系人
   */
  public void setContactPerson(String contactPerson) {
    this.contactPerson = contactPerson;
  }

  /**
   * 联系电话.
   *
   * @return 联系电话
   */
  public String getContactPhone() {
    return contactPhone;
  }

  /**
   * Sets 联系电话.
   *
   * @param contactPhone 联系电话
   */
  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  /**
   * 所在省份.
   *
   * @return 所在省份
   */
  public String getProvince() {
    return province;
  }

  /**
   * Sets 所在省份.
   *
   * @param province 所在省份
   */
  public void setProvince(String province) {
    this.province = province;
  }
}
