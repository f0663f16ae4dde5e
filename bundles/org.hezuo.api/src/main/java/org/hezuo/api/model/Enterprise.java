package org.hezuo.api.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.Label;

/** 合作企业或实习单位。 */
public class Enterprise extends Party {

  @PositiveOrZero
  @Label("在岗职工总数")
  private Integer staffTotal;

  @PositiveOrZero
  @Label("同期其他学校在本单位的岗位实习学生人数")
  private Integer otherInternsOnSite;

  @Label("位于产业园区")
  private Boolean inIndustrialPark;

  @Label("属营业性娱乐场所（酒吧、夜总会、歌厅、洗浴中心、电子游戏厅、网吧等）")
  private Boolean entertainmentVenue;

  @Label("学校已完成实地考察评估")
  private Boolean fieldSurveyDone;

  @Label("具有法人资格")
  private Boolean legalEntity;

  @Size(max = 50)
  @Label("所属行业")
  private String industry;

  @PositiveOrZero
  @Label("本单位最低档工资标准（元/月）")
  private BigDecimal lowestWageTier;

  @Label("岗位")
  private List<@Valid Post> posts = new ArrayList<>();

  /**
   * 在岗职工总数.
   *
   * @return 在岗职工总数
   */
  public Integer getStaffTotal() {
    return staffTotal;
  }

  /**
   * Sets 在岗职工总数.
   *
   * @param staffTotal 在岗职工总数
   */
  public void setStaffTotal(Integer staffTotal) {
    this.staffTotal = staffTotal;
  }

  /**
   * 同期其他学校在本单位的岗位实习学生人数.
   *
   * @return 同期其他学校在本单位的岗位实习学生人数
   */
  public Integer getOtherInternsOnSite() {
    return otherInternsOnSite;
  }

  /**
   * Sets 同期其他学校在本单位的岗位实习学生人数.
   *
   * @param otherInternsOnSite 同期其他学校在本单位的岗位实习学生人数
   */
  public void setOtherInternsOnSite(Integer otherInternsOnSite) {
    this.otherInternsOnSite = otherInternsOnSite;
  }

  /**
   * 位于产业园区.
   *
   * @return 位于产业园区
   */
  public Boolean getInIndustrialPark() {
    return inIndustrialPark;
  }

  /**
   * Sets 位于产业园区.
   *
   * @param inIndustrialPark 位于产业园区
   */
  public void setInIndustrialPark(Boolean inIndustrialPark) {
    this.inIndustrialPark = inIndustrialPark;
  }

  /**
   * 属营业性娱乐场所（酒吧、夜总会、歌厅、洗浴中心、电子游戏厅、网吧等）.
   *
   * @return 属营业性娱乐场所（酒吧、夜总会、歌厅、洗浴中心、电子游戏厅、网吧等）
   */
  public Boolean getEntertainmentVenue() {
    return entertainmentVenue;
  }

  /**
   * Sets 属营业性娱乐场所（酒吧、夜总会、歌厅、洗浴中心、电子游戏厅、网吧等）.
   *
   * @param entertainmentVenue 属营业性娱乐场所（酒吧、夜总会、歌厅、洗浴中心、电子游戏厅、网吧等）
   */
  public void setEntertainmentVenue(Boolean entertainmentVenue) {
    this.entertainmentVenue = entertainmentVenue;
  }

  /**
   * 学校已完成实地考察评估.
   *
   * @return 学校已完成实地考察评估
   */
  public Boolean getFieldSurveyDone() {
    return fieldSurveyDone;
  }

  /**
   * Sets 学校已完成实地考察评估.
   *
   * @param fieldSurveyDone 学校已完成实地考察评估
   */
  public void setFieldSurveyDone(Boolean fieldSurveyDone) {
    this.fieldSurveyDone = fieldSurveyDone;
  }

  /**
   * 具有法人资格.
   *
   * @return 具有法人资格
   */
  public Boolean getLegalEntity() {
    return legalEntity;
  }

  /**
   * Sets 具有法人资格.
   *
   * @param legalEntity 具有法人资格
   */
  public void setLegalEntity(Boolean legalEntity) {
    this.legalEntity = legalEntity;
  }

  /**
   * 所属行业.
   *
   * @return 所属行业
   */
  public String getIndustry() {
    return industry;
  }

  /**
   * Sets 所属行业.
   *
   * @param industry 所属行业
   */
  public void setIndustry(String industry) {
    this.industry = industry;
  }

  /**
   * 本单位最低档工资标准（元/月）.
   *
   * @return 本单位最低档工资标准（元/月）
   */
  public BigDecimal getLowestWageTier() {
    return lowestWageTier;
  }

  /**
   * Sets 本单位最低档工资标准（元/月）.
   *
   * @param lowestWageTier 本单位最低档工资标准（元/月）
   */
  public void setLowestWageTier(BigDecimal lowestWageTier) {
    this.lowestWageTier = lowestWageTier;
  }

  /**
   * 岗位.
   *
   * @return 岗位
   */
  public List<Post> getPosts() {
    return posts;
  }

  /**
   * Sets 岗位.
   *
   * @param posts 岗位
   */
  public void setPosts(List<Post> posts) {
    this.posts = posts;
  }
}
