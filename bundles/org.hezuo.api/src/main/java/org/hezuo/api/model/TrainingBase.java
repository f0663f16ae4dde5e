package org.hezuo.api.model;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.hezuo.api.constraints.Label;

/** 共建实训基地。 */
public class TrainingBase {

  @Size(max = 100)
  @Label("基地名称")
  private String baseName;

  @Label("设在校内")
  private Boolean onCampus;

  @Label("企业有合作意向")
  private Boolean cooperationIntent;

  @Label("基地具有法人资格")
  private Boolean legalEntity;

  @Size(max = 200)
  @Label("资产归属")
  private String assetOwnership;

  @Size(max = 500)
  @Label("各方投入")
  private String contributions;

  @Positive
  @Label("合作期限（年）")
  private Integer termYears;

  /**
   * 基地名称.
   *
   * @return 基地名称
   */
  public String getBaseName() {
    return baseName;
  }

  /**
   * Sets 基地名称.
   *
   * @param baseName 基地名称
   */
  public void setBaseName(String baseName) {
    this.baseName = baseName;
  }

  /**
   * 设在校内.
   *
   * @return 设在校内
   */
  public Boolean getOnCampus() {
    return onCampus;
  }

  /**
   * Sets 设在校内.
   *
   * @param onCampus 设在校内
   */
  public void setOnCampus(Boolean onCampus) {
    this.onCampus = onCampus;
  }

  /**
   * 企业有合作意向.
   *
   * @return 企业有合作意向
   */
  public Boolean getCooperationIntent() {
    return cooperationIntent;
  }

  /**
   * Sets 企业有合作意向.
   *
   * @param cooperationIntent 企业有合作意向
   */
  public void setCooperationIntent(Boolean cooperationIntent) {
    this.cooperationIntent = cooperationIntent;
  }

  /**
   * 基地具有法人资格.
   *
   * @return 基地具有法人资格
   */
  public Boolean getLegalEntity() {
    return legalEntity;
  }

  /**
   * Sets 基地具有法人资格.
   *
   * @param legalEntity 基地具有法人资格
   */
  public void setLegalEntity(Boolean legalEntity) {
    this.legalEntity = legalEntity;
  }

  /**
   * 资产归属.
   *
   * @return 资产归属
   */
  public String getAssetOwnership() {
    return assetOwnership;
  }

  /**
   * Sets 资产归属.
   *
   * @param assetOwnership 资产归属
   */
  public void setAssetOwnership(String assetOwnership) {
    this.assetOwnership = assetOwnership;
  }

  /**
   * 各方投入.
   *
   * @return 各方投入
   */
  public String getContributions() {
    return contributions;
  }

  /**
   * Sets 各方投入.
   *
   * @param contributions 各方投入
   */
  public void setContributions(String contributions) {
    this.contributions = contributions;
  }

  /**
   * 合作期限（年）.
   *
   * @return 合作期限（年）
   */
  public Integer getTermYears() {
    return termYears;
  }

  /**
   * Sets 合作期限（年）.
   *
   * @param termYears 合作期限（年）
   */
  public void setTermYears(Integer termYears) {
    this.termYears = termYears;
  }
}
