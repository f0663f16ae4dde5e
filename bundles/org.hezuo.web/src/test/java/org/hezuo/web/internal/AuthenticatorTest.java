package org.hezuo.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
  static final Map<String, WebSettings.DemoUser> DEMO =
      Map.of("clerk", new WebSettings.DemoUser("clerk123", Role.CLERK), "policy", new WebSettings.DemoUser("policy123", Role.POLICY));

  static WebSettings settings(String header, String[] roleMap, String defaultRole, String[] demo) {
    return WebSettings.of(new HezuoWebConfiguration() {
      public Class<? extends Annotation> annotationType() { return HezuoWebConfiguration.class; }
      public String identity_header() { return header; }
      public String role_header() { return "X-Hezuo-Role"; }
      public String[] role_map() { return roleMap; }
      public String default_role() { return defaultRole; }
      public String[] demo_users() { return demo; }
      public long max_body_bytes() { return 4096; }
      public boolean console_enabled() { return true; }
      public boolean csrf_enabled() { return true; }
      public String templates_manifest() { return "templates/manifest.json"; }
      public int evaluation_concurrency() { return 0; }
    });
  }

  static Authenticator.Result auth(WebSettings s, Map<String, String> headers) {
    return new Authenticator(s).authenticate(ApiRequest.headersOf(headers));
  }

  @Test
  void identityHeaderWithRoleHeaderOrRoleMap() {
    WebSettings s = settings("X-Hezuo-User", new String[] {"wang=政策管理员"}, "clerk", new String[0]);
    assertEquals(Role.POLICY, auth(s, Map.of("X-Hezuo-User", "wang")).principal().role());
    assertEquals(Role.POLICY, auth(s, Map.of("x-hezuo-user", "li", "X-Hezuo-Role", "policy")).principal().role());
    assertEquals(Role.CLERK, auth(s, Map.of("X-Hezuo-User", "zhao")).principal().role());
    assertEquals(401, auth(s, Map.of()).refusal().status());
    WebSettings strict = settings("X-Hezuo-User", new String[0], "none", new String[0]);
    assertEquals(403, auth(strict, Map.of("X-Hezuo-User", "zhao")).refusal().status());
  }

  @Test
  void demoUsersLogInWithBasicWhenNoIdentityHeaderIsConfigured() {
    WebSettings s = settings("", new String[0], "clerk", new String[] {"clerk:clerk123:clerk", "policy:policy123:policy"});
    assertEquals(Role.POLICY, auth(s, basic("policy", "policy123")).principal().role());
    assertEquals(Role.CLERK, auth(s, basic("clerk", "clerk123")).principal().role());
    Authenticator.Result bad = auth(s, basic("clerk", "wrong"));
    assertNull(bad.principal());
    assertEquals(401, bad.refusal().status());
    assertNotNull(bad.refusal().headers().get("WWW-Authenticate"));
    assertEquals(401, auth(s, Map.of("X-Hezuo-User", "policy")).refusal().status(), "the header is ignored in demo mode");
  }

  @Test
  void malformedConfigurationDoesNotActivate() {
    assertThrows(IllegalArgumentException.class, () -> settings("X", new String[] {"wang=boss"}, "clerk", new String[0]));
    assertThrows(IllegalArgumentException.class, () -> settings("X", new String[0], "clerk", new String[] {"nopassword"}));
  }

  static Map<String, String> basic(String user, String password) {
    return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }
}
