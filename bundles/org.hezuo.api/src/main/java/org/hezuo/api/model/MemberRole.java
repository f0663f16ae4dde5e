package org.hezuo.api.model;

/** 委员会职务。 */
public enum MemberRole {
  /** 主任 */
  DIRECTOR("主任"),
  /** 副主任 */
  DEPUTY_DIRECTOR("副主任"),
  /** 委员 */
  MEMBER("委员"),
  /** 秘书 */
  SECRETARY("秘书"),
  /** 办公室主任 */
  OFFICE_DIRECTOR("办公室主任"),
  /** 办公室副主任 */
  OFFICE_DEPUTY("办公室副主任");

  private final String label;

  MemberRole(String label) {
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
   * @param text the code (e.g. {@code DIRECTOR}) or the label
   * @return the constant, or {@code null} when nothing matches
   */
  public static MemberRole fromText(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    for (MemberRole v : values()) {
      if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
        return v;
      }
    }
    return null;
  }
}
