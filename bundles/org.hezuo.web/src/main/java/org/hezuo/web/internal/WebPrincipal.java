package org.hezuo.web.internal;

/**
 * Who is calling, as the host identified them, and the role Hezuo gives them.
 *
 * @param user the user name
 * @param role the role
 */
public record WebPrincipal(String user, Role role) {
  /** Request attribute under which the servlet context helper leaves the principal. */
  public static final String ATTRIBUTE = "org.hezuo.web.principal";
}
