package org.hezuo.web.internal;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A request as the plain handler sees it, independent of the servlet API.
 *
 * @param method the HTTP method, upper case
 * @param path the path inside the Hezuo context, e.g. {@code /api/cases/evaluate}
 * @param query the query parameters (first value of each)
 * @param headers header lookup by name, case-insensitive; returns null when absent
 * @param contentLength the declared body length, or -1
 * @param body the body stream (never null)
 * @param principal who calls, or null when not authenticated
 */
public record ApiRequest(
    String method,
    String path,
    Map<String, String> query,
    Function<String, String> headers,
    long contentLength,
    InputStream body,
    WebPrincipal principal) {

  /**
   * One header.
   *
   * @param name the header name
   * @return the value, or null
   */
  public String header(String name) {
    return headers.apply(name);
  }

  /**
   * The media type of the body without parameters, lower case, or empty.
   *
   * @return e.g. {@code application/json}
   */
  public String mediaType() {
    String ct = header("Content-Type");
    if (ct == null) {
      return "";
    }
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * A cookie's value.
   *
   * @param name the cookie name
   * @return the value, or null
   */
  public String cookie(String name) {
    String all = header("Cookie");
    if (all == null) {
      return null;
    }
    for (String part : all.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
        return part.substring(eq + 1).trim();
      }
    }
    return null;
  }

  /**
   * A case-insensitive header function over a map (tests, the JDK server adapter).
   *
   * @param headers the headers
   * @return the lookup
   */
  public static Function<String, String> headersOf(Map<String, String> headers) {
    Map<String, String> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    m.putAll(headers);
    return m::get;
  }
}
