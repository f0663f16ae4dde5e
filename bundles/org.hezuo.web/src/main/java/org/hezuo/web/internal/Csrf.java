package org.hezuo.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Double-submit CSRF protection: the token is a random value in the {@code HEZUO_CSRF} cookie that
 * state-changing requests must repeat in the {@code X-Hezuo-CSRF} header. A cross-site page can make
 * the browser send the cookie but cannot read it to set the header.
 */
public final class Csrf {
  /** The cookie name. */
  public static final String COOKIE = "HEZUO_CSRF";
  /** The header name. */
  public static final String HEADER = "X-Hezuo-CSRF";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Csrf() {}

  /**
   * A new token.
   *
   * @return 32 random bytes, URL-safe Base64
   */
  public static String newToken() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /**
   * The Set-Cookie value for a token (readable by the console's script, same-site strict).
   *
   * @param token the token
   * @return the header value
   */
  public static String setCookie(String token) {
    return COOKIE + "=" + token + "; Path=/hezuo; SameSite=Strict";
  }

  /**
   * Whether a request carries a matching token.
   *
   * @param request the request
   * @return true when the header equals the cookie
   */
  public static boolean valid(ApiRequest request) {
    String cookie = request.cookie(COOKIE);
    String header = request.header(HEADER);
    return cookie != null
        && header != null
        && cookie.length() >= 16
        && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
  }
}
