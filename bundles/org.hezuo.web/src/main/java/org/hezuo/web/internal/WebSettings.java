package org.hezuo.web.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effective web settings as plain values, read from {@link HezuoWebConfiguration}.
 *
 * @param identityHeader header carrying the user the OA authenticated; empty for demo Basic login
 * @param roleHeader header carrying the role; empty to use the role map only
 * @param roleMap user → role
 * @param defaultRole role of an identified user not in the map, or null to refuse them
 * @param demoUsers user → {password, role} for HTTP Basic when no identity header is configured
 * @param maxBodyBytes largest request body accepted
 * @param consoleEnabled whether {@code /hezuo/console/} is served
 * @param csrfEnabled whether state-changing requests need the CSRF token
 * @param templatesManifest the template manifest ({@code templates/manifest.json})
 * @param evaluationConcurrency requests evaluated at once: 0 for the number of processors, -1 for no limit
 */
public record WebSettings(
    String identityHeader,
    String roleHeader,
    Map<String, Role> roleMap,
    Role defaultRole,
    Map<String, DemoUser> demoUsers,
    long maxBodyBytes,
    boolean consoleEnabled,
    boolean csrfEnabled,
    Path templatesManifest,
    int evaluationConcurrency) {

  /**
   * One user of the demo store.
   *
   * @param password the password
   * @param role the role
   */
  public record DemoUser(String password, Role role) {}

  /**
   * Reads the configuration; a bad role or entry is an {@link IllegalArgumentException} so the
   * component does not activate with a half-understood configuration.
   *
   * @param c the configuration
   * @return the settings
   * @throws IllegalArgumentException for a malformed entry
   */
  public static WebSettings of(HezuoWebConfiguration c) {
    Map<String, Role> roles = new LinkedHashMap<>();
    for (String entry : c.role_map()) {
      String[] kv = split(entry, "=", 2, "role.map");
      roles.put(kv[0], role(kv[1], entry));
    }
    Map<String, DemoUser> demo = new LinkedHashMap<>();
    for (String entry : c.demo_users()) {
      String[] u = split(entry, ":", 3, "demo.users");
      demo.put(u[0], new DemoUser(u[1], role(u[2], entry)));
    }
    String dr = c.default_role().trim();
    if (c.max_body_bytes() < 1024) {
      throw new IllegalArgumentException("max.body.bytes must be at least 1024: " + c.max_body_bytes());
    }
    if (c.evaluation_concurrency() < -1) {
      throw new IllegalArgumentException(
          "evaluation.concurrency must be -1 (no limit), 0 (one per processor) or a count: " + c.evaluation_concurrency());
    }
    return new WebSettings(
        c.identity_header().trim(),
        c.role_header().trim(),
        roles,
        dr.isEmpty() || dr.equalsIgnoreCase("none") ? null : role(dr, dr),
        demo,
        c.max_body_bytes(),
        c.console_enabled(),
        c.csrf_enabled(),
        Path.of(c.templates_manifest()),
        c.evaluation_concurrency());
  }

  /**
   * Settings for tests and the development server (one evaluation per processor).
   *
   * @param identityHeader the identity header, empty for demo Basic login
   * @param demoUsers the demo users
   * @param maxBodyBytes the body limit
   * @param csrf whether CSRF is checked
   * @param manifest the template manifest
   * @return the settings
   */
  public static WebSettings defaults(
      String identityHeader, Map<String, DemoUser> demoUsers, long maxBodyBytes, boolean csrf, Path manifest) {
    return new WebSettings(
        identityHeader, "X-Hezuo-Role", Map.of(), Role.CLERK, demoUsers, maxBodyBytes, true, csrf, manifest, 0);
  }

  private static String[] split(String entry, String sep, int n, String what) {
    String[] parts = entry.split(sep, n);
    if (parts.length != n || parts[0].isBlank()) {
      throw new IllegalArgumentException("malformed " + what + " entry: " + entry);
    }
    for (int i = 0; i < n; i++) {
      parts[i] = parts[i].trim();
    }
    return parts;
  }

  private static Role role(String text, String entry) {
    Role r = Role.parse(text);
    if (r == null) {
      throw new IllegalArgumentException(
          "unknown role '" + text + "' in " + entry + " (use clerk/办事员 or policy/政策管理员)");
    }
    return r;
  }

  /** @return the demo user names (for logs), never the passwords */
  List<String> demoUserNames() {
    return List.copyOf(demoUsers.keySet());
  }
}
