package org.hezuo.api.model;

/** 订单培养班级类型。 */
public enum OrderClassType {
  /** 定向委培班 */
  DIRECTED("定向委培班"),
  /** 企业冠名班 */
  NAMED("企业冠名班"),
  /** 企业订单班 */
  ORDER("企业订单班");

  private final String label;

  OrderClassType(String label) {
    this.label = label;
  }

  /**
   * The Chinese name shown to users.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Finds a constant by its code or its Chinese label.
   *
   * @param text the code (e.g. {@code DIRECTED}) or the label
   * @return the constant, or {@code null} when nothing matches
   */
  public static OrderClassType fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    for (OrderClassType v : values()) {
      if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
        return v;
      }
    }
    return null;
  }
}
