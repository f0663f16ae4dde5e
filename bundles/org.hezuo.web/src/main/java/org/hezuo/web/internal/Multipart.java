package org.hezuo.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal multipart/form-data reader for the uploads (rule files, batch data files): text fields
 * and files, by name, each kept as bytes (an .xlsx is binary). The body is already bounded by the
 * request size limit.
 */
public final class Multipart {

  /**
   * One part.
   *
   * @param filename the file name given by the browser, or null for a plain field
   * @param bytes the content as sent
   */
  public record Part(String filename, byte[] bytes) {
    /**
     * The content as text.
     *
     * @return the bytes decoded as UTF-8
     */
    public String content() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private Multipart() {}

  /**
   * Splits a body into parts.
   *
   * @param contentType the request's Content-Type (with the boundary)
   * @param body the body
   * @return parts by field name; empty when the body is not well formed
   */
  public static Map<String, Part> parse(String contentType, byte[] body) {
    Map<String, Part> parts = new LinkedHashMap<>();
    String boundary = param(contentType, "boundary");
    if (boundary == null) {
      return parts;
    }
    // ISO-8859-1 keeps bytes 1:1 so that offsets stay exact; content is decoded as UTF-8 below
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary;
    int pos = text.indexOf(delimiter);
    while (pos >= 0) {
      int start = pos + delimiter.length();
      if (text.startsWith("--", start)) {
        break;
      }
      int headersEnd = text.indexOf("\r\n\r\n", start);
      int next = text.indexOf("\r\n" + delimiter, start);
      if (headersEnd < 0 || next < 0 || headersEnd > next) {
        break;
      }
      String headers = text.substring(start, headersEnd);
      String disposition = null;
      for (String line : headers.split("\r\n")) {
        if (line.regionMatches(true, 0, "Content-Disposition:", 0, 20)) {
          disposition = line.substring(20);
        }
      }
      String name = param(disposition, "name");
      if (name != null) {
        byte[] raw = text.substring(headersEnd + 4, next).getBytes(StandardCharsets.ISO_8859_1);
        String filename = param(disposition, "filename");
        if (filename != null) {
          filename = new String(filename.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }
        parts.put(name, new Part(filename, raw));
      }
      pos = next + 2;
    }
    return parts;
  }

  private static String param(String header, String name) {
    if (header == null) {
      return null;
    }
    for (String p : header.split(";")) {
      String t = p.trim();
      if (t.regionMatches(true, 0, name + "=", 0, name.length() + 1)) {
        String v = t.substring(name.length() + 1).trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
      }
    }
    return null;
  }
}
