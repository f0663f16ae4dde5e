package org.hezuo.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/** Serves the console's static files (HTML, CSS, JS, examples) from the bundle's {@code console/} folder. */
final class ConsoleFiles {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-]+(/[A-Za-z0-9_\\-]+)*\\.[a-z]+");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=UTF-8",
          "css", "text/css; charset=UTF-8",
          "js", "text/javascript; charset=UTF-8",
          "json", "application/json; charset=UTF-8",
          "png", "image/png",
          "svg", "image/svg+xml");

  ApiResponse serve(String name) {
    String n = name.isEmpty() ? "index.html" : name;
    if (!NAME.matcher(n).matches()) {
      return ApiResponse.error(404, "NOT_FOUND", "没有这个页面：" + name);
    }
    return file("console/" + n);
  }

  ApiResponse file(String resource) {
    String ext = resource.substring(resource.lastIndexOf('.') + 1);
    String type = TYPES.get(ext);
    try (InputStream in = ConsoleFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null || type == null) {
        return ApiResponse.error(404, "NOT_FOUND", "没有这个页面：" + resource);
      }
      ApiResponse r = ApiResponse.bytes(200, type, in.readAllBytes());
      if (ext.equals("html")) {
        r.with("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'");
        r.with("X-Frame-Options", "SAMEORIGIN");
      }
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
