package org.hezuo.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hezuo.json.HezuoJson;

/**
 * A response of the plain handler: status, headers, body bytes.
 *
 * @param status the HTTP status
 * @param headers the headers, in order
 * @param body the body
 */
public record ApiResponse(int status, Map<String, String> headers, byte[] body) {

  /** JSON media type with charset. */
  public static final String JSON = "application/json; charset=UTF-8";

  /**
   * A JSON response.
   *
   * @param status the status
   * @param value the value written with {@link HezuoJson}
   * @return the response
   */
  public static ApiResponse json(int status, Object value) {
    return bytes(status, JSON, HezuoJson.writeCompact(value));
  }

  /**
   * A raw response.
   *
   * @param status the status
   * @param contentType the content type
   * @param body the body
   * @return the response
   */
  public static ApiResponse bytes(int status, String contentType, byte[] body) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Type", contentType);
    h.put("Cache-Control", "no-store");
    h.put("X-Content-Type-Options", "nosniff");
    return new ApiResponse(status, h, body);
  }

  /**
   * An error in the project's error shape: {@code {status, code, message, ...extra}}.
   *
   * @param status the status
   * @param code the stable English code
   * @param message the Chinese message
   * @param extra more members, e.g. {@code errors}
   * @return the response
   */
  public static ApiResponse error(int status, String code, String message, Map<String, ?> extra) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("code", code);
    body.put("message", message);
    if (extra != null) {
      body.putAll(extra);
    }
    return json(status, body);
  }

  /**
   * An error without extra members.
   *
   * @param status the status
   * @param code the code
   * @param message the Chinese message
   * @return the response
   */
  public static ApiResponse error(int status, String code, String message) {
    return error(status, code, message, null);
  }

  /**
   * The same response with one more header.
   *
   * @param name the header name
   * @param value the value
   * @return this response (headers are mutable until written)
   */
  public ApiResponse with(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /**
   * The body as UTF-8 text (tests, logs).
   *
   * @return the text
   */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
