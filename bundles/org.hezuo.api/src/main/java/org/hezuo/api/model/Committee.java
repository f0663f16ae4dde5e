package org.hezuo.api.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.Label;

/** 校企合作指导委员会、教学咨询委员会或专业教学指导委员会。 */
public class Committee {

  @NotNull
  @Label("委员会种类")
  private CommitteeKind kind;

  @Size(max = 100)
  @Label("委员会名称")
  private String name;

  @Size(max = 50)
  @Label("对应专业")
  private String specialty;

  @Min(2000)
  @Max(2100)
  @Label("年度")
  private Integer year;

  @Positive
  @Label("任期（年）")
  private Integer termYears;

  @Size(max = 100)
  @Label("办公室设在")
  private String officeLocation;

  @PositiveOrZero
  @Label("每年会议次数（章程规定）")
  private Integer meetingsPerYear;

  @Label("本年度会议日期")
  private List<LocalDate> meetingDates = new ArrayList<>();

  @Label("成员")
  private List<@Valid Member> members = new ArrayList<>();

  /**
   * 委员会种类.
   *
   * @return 委员会种类
   */
  public CommitteeKind getKind() {
    return kind;
  }

  /**
   * Sets 委员会种类.
   *
   * @param kind 委员会种类
   */
  public void setKind(CommitteeKind kind) {
    this.kind = kind;
  }

  /**
   * 委员会名称.
   *
   * @return 委员会名称
   */
  public String getName() {
    return name;
  }

  /**
   * Sets 委员会名称.
   *
   * @param name 委员会名称
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * 对应专业.
   *
   * @return 对应专业
   */
  public String getSpecialty() {
    return specialty;
  }

  /**
   * Sets 对应专业.
   *
   * @param specialty 对应专业
   */
  public void setSpecialty(String specialty) {
    this.specialty = specialty;
  }

  /**
   * 年度.
   *
   * @return 年度
   */
  public Integer getYear() {
    return year;
  }

  /**
   * Sets 年度.
   *
   * @param year 年度
   */
  public void setYear(Integer year) {
    this.year = year;
  }

  /**
   * 任期（年）.
   *
   * @return 任期（年）
   */
  public Integer getTermYears() {
    return termYears;
  }

  /**
   * Sets 任期（年）.
   *
   * @param termYears 任期（年）
   */
  public void setTermYears(Integer termYears) {
    this.termYears = termYears;
  }

  /**
   * 办公室设在.
   *
   * @return 办公室设在
   */
  public String getOfficeLocation() {
    return officeLocation;
  }

  /**
   * Sets 办公室设在.
   *
   * @param officeLocation 办公室设在
   */
  public void setOfficeLocation(String officeLocation) {
    this.officeLocation = officeLocation;
  }

  /**
   * 每年会议次数（章程规定）.
   *
   * @return 每年会议次数（章程规定）
   */
  public Integer getMeetingsPerYear() {
    return meetingsPerYear;
  }

  /**
   * Sets 每年会议次数（章程规定）.
   *
   * @param meetingsPerYear 每年会议次数（章程规定）
   */
  public void setMeetingsPerYear(Integer meetingsPerYear) {
    this.meetingsPerYear = meetingsPerYear;
  }

  /**
   * 本年度会议日期.
   *
   * @return 本年度会议日期
   */
  public List<LocalDate> getMeetingDates() {
    return meetingDates;
  }

  /**
   * Sets 本年度会议日期.
   *
   * @param meetingDates 本年度会议日期
   */
  public void setMeetingDates(List<LocalDate> meetingDates) {
    this.meetingDates = meetingDates;
  }

  /**
   * 成员.
   *
   * @return 成员
   */
  public List<Member> getMembers() {
    return members;
  }

  /**
   * Sets 成员.
   *
   * @param members 成员
   */
  public void setMembers(List<Member> members) {
    this.members = members;
  }
}
