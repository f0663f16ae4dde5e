package org.hezuo.api.model;

import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.Label;
import org.hezuo.api.constraints.Phone;

/** 学生的法定监护人或家长。 */
public class Guardian {

  @Size(max = 50)
  @Label("监护人姓名")
  private String name;

  @Size(max = 20)
  @Label("与学生关系")
  private String relation;

  @Phone
  @Label("监护人电话")
  private String phone;

  /**
   * 监护人姓名.
   *
   * @return 监护人姓名
   */
  public String getName() {
    return name;
  }

  /**
   * Sets 监护人姓名.
   *
   * @param name 监护人姓名
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * 与学生关系.
   *
   * @return 与学生关系
   */
  public String getRelation() {
    return relation;
  }

  /**
   * Sets 与学生关系.
   *
   * @param relation 与学生关系
   */
  public void setRelation(String relation) {
    this.relation = relation;
  }

  /**
   * 监护人电话.
   *
   * @return 监护人电话
   */
  public String getPhone() {
    return phone;
  }

  /**
   * Sets 监护人电话.
   *
   * @param phone 监护人电话
   */
  public void setPhone(String phone) {
    this.phone = phone;
  }
}
