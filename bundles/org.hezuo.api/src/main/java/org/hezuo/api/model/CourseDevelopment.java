package org.hezuo.api.model;

import java.util.ArrayList;
import java.util.List;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.Label;

/** 课程共同开发。 */
public class CourseDevelopment {

  @Label("校企有长期合作意向")
  private Boolean longTermIntent;

  @Label("共同确定培养目标")
  private Boolean trainingGoalAgreed;

  @Label("开设课程")
  private List<String> courses = new ArrayList<>();

  @Label("制订课程标准")
  private Boolean courseStandards;

  @Label("编写校本教材")
  private Boolean schoolTextbooks;

  @Size(max = 200)
  @Label("知识产权归属")
  private String ipOwnership;

  /**
   * 校企有长期合作意向.
   *
   * @return 校企有长期合作意向
   */
  public Boolean getLongTermIntent() {
    return longTermIntent;
  }

  /**
   * Sets 校企有长期合作意向.
   *
   * @param longTermIntent 校企有长期合作意向
   */
  public void setLongTermIntent(Boolean longTermIntent) {
    this.longTermIntent = longTermIntent;
  }

  /**
   * 共同确定培养目标.
   *
   * @return 共同确定培养目标
   */
  public Boolean getTrainingGoalAgreed() {
    return trainingGoalAgreed;
  }

  /**
   * Sets 共同确定培养目标.
   *
   * @param trainingGoalAgreed 共同确定培养目标
   */
  public void setTrainingGoalAgreed(Boolean trainingGoalAgreed) {
    this.trainingGoalAgreed = trainingGoalAgreed;
  }

  /**
   * 开设课程.
   *
   * @return 开设课程
   */
  public List<String> getCourses() {
    return courses;
  }

  /**
   * Sets 开设课程.
   *
   * @param courses 开设课程
   */
  public void setCourses(List<String> courses) {
    this.courses = courses;
  }

  /**
   * 制订课程标准.
   *
   * @return 制订课程标准
   */
  public Boolean getCourseStandards() {
    return courseStandards;
  }

  /**
   * Sets 制订课程标准.
   *
   * @param courseStandards 制订课程标准
   */
  public void setCourseStandards(Boolean courseStandards) {
    this.courseStandards = courseStandards;
  }

  /**
   * 编写校本教材.
   *
   * @return 编写校本教材
   */
  public Boolean getSchoolTextbooks() {
    return schoolTextbooks;
  }

  /**
   * Sets 编写校本教材.
   *
   * @param schoolTextbooks 编写校本教材
   */
  public void setSchoolTextbooks(Boolean schoolTextbooks) {
    this.schoolTextbooks = schoolTextbooks;
  }

  /**
   * 知识产权归属.
   *
   * @return 知识产权归属
   */
  public String getIpOwnership() {
    return ipOwnership;
  }

  /**
   * Sets 知识产权归属.
   *
   * @param ipOwnership 知识产权归属
   */
  public void setIpOwnership(String ipOwnership) {
    this.ipOwnership = ipOwnership;
  }
}
