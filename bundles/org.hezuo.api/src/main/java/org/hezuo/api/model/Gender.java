package org.hezuo.api.model;

/** 性别。 */
public enum Gender {
  /** 男 */
  MALE("男"),
  /** 女 */
  FEMALE("女");

  private final String label;

  Gender(String label) {
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
   * @param text the code (e.g. {@code MALE}) or the label
   * @return the constant, or {@code null} when nothing matches
   */
  public static Gender fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    for (Gender v : values()) {
      if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
        return v;
      }
    }
    return null;
  }
}
