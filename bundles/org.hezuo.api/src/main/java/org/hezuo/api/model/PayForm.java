package org.hezuo.api.model;

/** 实习报酬支付形式。 */
public enum PayForm {
  /** 银行转账 */
  BANK_TRANSFER("银行转账"),
  /** 现金 */
  CASH("现金"),
  /** 实物 */
  GOODS("实物"),
  /** 代金券或购物卡 */
  VOUCHER("代金券或购物卡"),
  /** 其他 */
  OTHER("其他");

  private final String label;

  PayForm(String label) {
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
   * @param text the code (e.g. {@code BANK_TRANSFER}) or the label
   * @return the constant, or {@code null} when nothing matches
   */
  public static PayForm fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    for (PayForm v : values()) {
      if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
        return v;
      }
    }
    return null;
  }
}
