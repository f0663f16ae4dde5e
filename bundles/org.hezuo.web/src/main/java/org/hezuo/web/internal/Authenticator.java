package org.hezuo.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Function;

/**
 * Maps the host's identity to a Hezuo principal: the identity header set by the OA (and a role
 * header or the role map), or, when no identity header is configured, HTTP Basic against the demo
 * user store. The OA authenticates; Hezuo only authorises.
 *
 * @see HezuoServletContextHelper
 */
public final class Authenticator {

  /**
   * The result: a principal, or the response refusing the request.
   *
   * @param principal who calls, or null
   * @param refusal the 401/403 response, or null
   */
  public record Result(WebPrincipal principal, ApiResponse refusal) {}

  private final WebSettings settings;

  /**
   * Creates the authenticator.
   *
   * @param settings the settings
   */
  public Authenticator(WebSettings settings) {
    this.settings = settings;
  }

  /**
   * Identifies the caller.
   *
   * @param headers header lookup
   * @return the principal or the refusal
   */
  public Result authenticate(Function<String, String> headers) {
    if (!settings.identityHeader().isEmpty()) {
      String user = headers.apply(settings.identityHeader());
      if (user == null || user.isBlank()) {
        return refuse(401, "NOT_AUTHENTICATED", "未登录：请通过 OA 平台访问（缺少身份请求头 " + settings.identityHeader() + "）", false);
      }
      return withRole(user.trim(), headers);
    }
    return basic(headers.apply("Authorization"));
  }

  private Result withRole(String user, Function<String, String> headers) {
    Role role = settings.roleMap().get(user);
    if (role == null && !settings.roleHeader().isEmpty()) {
      role = Role.parse(headers.apply(settings.roleHeader()));
    }
    if (role == null) {
      role = settings.defaultRole();
    }
    if (role == null) {
      return refuse(403, "NO_ROLE", "用户 " + user + " 没有 Hezuo 角色（办事员或政策管理员），请联系管理员", false);
    }
    return new Result(new WebPrincipal(user, role), null);
  }

  private Result basic(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return refuse(401, "NOT_AUTHENTICATED", "请登录（演示用户见 README）", true);
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return refuse(401, "NOT_AUTHENTICATED", "登录信息格式错误", true);
    }
    int colon = decoded.indexOf(':');
    String user = colon < 0 ? decoded : decoded.substring(0, colon);
    String password = colon < 0 ? "" : decoded.substring(colon + 1);
    WebSettings.DemoUser demo = settings.demoUsers().get(user);
    boolean ok =
        demo != null
            && MessageDigest.isEqual(
                demo.password().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      return refuse(401, "BAD_CREDENTIALS", "用户名或密码错误", true);
    }
    return new Result(new WebPrincipal(user, demo.role()), null);
  }

  private static Result refuse(int status, String code, String message, boolean challenge) {
    ApiResponse r = ApiResponse.error(status, code, message);
    if (challenge) {
      r.with("WWW-Authenticate", "Basic realm=\"Hezuo\", charset=\"UTF-8\"");
    }
    return new Result(null, r);
  }
}
