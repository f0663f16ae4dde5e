package org.hezuo.api.model;

import java.util.ArrayList;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hezuo.api.constraints.Label;

/** 教师企业实践及年度考核。 */
public class TeacherPractice {

  @Label("教师")
  private @NotNull @Valid Teacher teacher;

  @Min(2000)
  @Max(2100)
  @Label("考核年度")
  private Integer assessmentYear;

  @Label("实践记录")
  private List<@Valid PracticeRecord> records = new ArrayList<>();

  /**
   * 教师.
   *
   * @return 教师
   */
  public Teacher getTeacher() {
    return teacher;
  }

  /**
   * Sets 教师.
   *
   * @param teacher 教师
   */
  public void setTeacher(Teacher teacher) {
    this.teacher = teacher;
  }

  /**
   * 考核年度.
   *
   * @return 考核年度
   */
  public Integer getAssessmentYear() {
    return assessmentYear;
  }

  /**
   * Sets 考核年度.
   *
   * @param assessmentYear 考核年度
   */
  public void setAssessmentYear(Integer assessmentYear) {
    this.assessmentYear = assessmentYear;
  }

  /**
   * 实践记录.
   *
   * @return 实践记录
   */
  public List<PracticeRecord> getRecords() {
    return records;
  }

  /**
   * Sets 实践记录.
   *
   * @param records 实践记录
   */
  public void setRecords(List<PracticeRecord> records) {
    this.records = records;
  }
}
