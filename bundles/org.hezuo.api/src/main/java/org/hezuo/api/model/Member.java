package org.hezuo.api.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.Label;

/** 委员会成员。 */
public class Member {

  @NotBlank
  @Size(max = 50)
  @Label("姓名")
  private String name;

  @NotNull
  @Label("职务")
  private MemberRole role;

  @Label("所属方")
  private MemberSide side;

  @Label("身份类别")
  private MemberCategory category;

  @Size(max = 100)
  @Label("工作单位")
  private String organisation;

  @Size(max = 50)
  @Label("单位职务或职称")
  private String position;

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
   * 职务.
   *
   * @return 职务
   */
  public MemberRole getRole() {
    return role;
  }

  /**
   * Sets 职务.
   *
   * @param role 职务
   */
  public void setRole(MemberRole role) {
    this.role = role;
  }

  /**
   * 所属方.
   *
   * @return 所属方
   */
  public MemberSide getSide() {
    return side;
  }

  /**
   * Sets 所属方.
   *
   * @param side 所属方
   */
  public void setSide(MemberSide side) {
    this.side = side;
  }

  /**
   * 身份类别.
   *
   * @return 身份类别
   */
  public MemberCategory getCategory() {
    return category;
  }

  /**
   * Sets 身份类别.
   *
   * @param category 身份类别
   */
  public void setCategory(MemberCategory category) {
    this.category = category;
  }

  /**
   * 工作单位.
   *
   * @return 工作单位
   */
  public String getOrganisation() {
    return organisation;
  }

  /**
   * Sets 工作单位.
   *
   * @param organisation 工作单位
   */
  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  /**
   * 单位职务或职称.
   *
   * @return 单位职务或职称
   */
  public String getPosition() {
    return position;
  }

  /**
   * Sets 单位职务或职称.
   *
   * @param position 单位职务或职称
   */
  public void setPosition(String position) {
    this.position = position;
  }
}
