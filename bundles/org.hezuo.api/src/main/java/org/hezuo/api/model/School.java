package org.hezuo.api.model;

import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.Label;

/** 职业学校。 */
public class School extends Party {

  @Size(max = 20)
  @Label("学校类型（中职、高职、技工院校等）")
  private String schoolType;

  /**
   * 学校类型（中职、高职、技工院校等）.
   *
   * @return 学校类型（中职、高职、技工院校等）
   */
  public String getSchoolType() {
    return schoolType;
  }

  /**
   * Sets 学校类型（中职、高职、技工院校等）.
   *
   * @param schoolType 学校类型（中职、高职、技工院校等）
   */
  public void setSchoolType(String schoolType) {
    this.schoolType = schoolType;
  }
}
