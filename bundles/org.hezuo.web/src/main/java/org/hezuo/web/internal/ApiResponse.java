package org.hezuo.web.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hezuo.json.HezuoJson;

/**
 * A response of the plain handler: status, headers, and the body as bytes or as a file that is
 * streamed when the response is written.
 *
 * @param status the HTTP status
 * @param headers the headers, in order
 * @param body the body (empty when {@code file} is set)
 * @param file a file to send as the body, or null
 */
public record ApiResponse(int status, Map<String, String> headers, byte[] body, Path file) {

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
    return new ApiResponse(status, h, body, null);
  }

  /**
   * A response whose body is a file, streamed when written (large zips are not held in memory).
   *
   * @param status the status
   * @param contentType the content type
   * @param file the file; it must still exist when the response is written
   * @return the response
   */
  public static ApiResponse file(int status, String contentType, Path file) {
    ApiResponse r = bytes(status, contentType, new byte[0]);
    return new ApiResponse(r.status, r.headers, r.body, file);
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
   * The whole body, read from the file if there is one (tests).
   *
   * @return the bytes
   * @throws UncheckedIOException if the file cannot be read
   */
  public byte[] content() {
    try {
      return file == null ? body : Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The body as UTF-8 text (tests, logs).
   *
   * @return the text
   */
  public String text() {
    return new String(content(), StandardCharsets.UTF_8);
  }
}
