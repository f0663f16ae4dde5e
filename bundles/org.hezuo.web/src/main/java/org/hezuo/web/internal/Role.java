package org.hezuo.web.internal;

import java.util.Locale;

/** The two roles Hezuo authorises; policy staff may also do what clerks do. */
public enum Role {
  /** 办事员: checks cases and generates documents. */
  CLERK("办事员"),
  /** 政策管理员: keeps the rules in force. */
  POLICY("政策管理员");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /**
   * The Chinese name.
   *
   * @return 办事员 or 政策管理员
   */
  public String label() {
    return label;
  }

  /**
   * Whether this role may do what {@code needed} may.
   *
   * @param needed the role an endpoint needs
   * @return true when allowed
   */
  public boolean allows(Role needed) {
    return this == POLICY || needed == CLERK;
  }

  /**
   * Reads a role from its code (clerk, policy), its constant name or its Chinese name.
   *
   * @param text the text, may be null
   * @return the role, or null when nothing matches
   */
  public static Role parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    for (Role r : values()) {
      if (r.name().equalsIgnoreCase(t) || r.label.equals(t)) {
        return r;
      }
    }
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "policy-staff", "policy_staff", "admin", "政策管理人员" -> POLICY;
      default -> null;
    };
  }
}
