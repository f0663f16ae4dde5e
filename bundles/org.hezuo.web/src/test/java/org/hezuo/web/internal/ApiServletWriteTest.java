package org.hezuo.web.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a response reaches the servlet container: bytes, or a file streamed from disk. */
class ApiServletWriteTest {
  @TempDir Path tmp;

  /** What the fake response received. */
  static final class Sent {
    int status;
    long length = -1;
    final Map<String, String> headers = new LinkedHashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();

    HttpServletResponse response() {
      ServletOutputStream out = new ServletOutputStream() {
        @Override
        public void write(int b) {
          body.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          body.write(b, off, len);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener l) {}
      };
      return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
            switch (m.getName()) {
              case "setStatus" -> status = (Integer) a[0];
              case "setHeader" -> headers.put((String) a[0], (String) a[1]);
              case "setContentLength" -> length = (Integer) a[0];
              case "setContentLengthLong" -> length = (Long) a[0];
              case "getOutputStream" -> {
                return out;
              }
              default -> throw new UnsupportedOperationException(m.getName());
            }
            return null;
          });
    }
  }

  @Test
  void aFileIsSentWithItsLengthAndHeaders() throws Exception {
    byte[] zip = new byte[300_000];
    for (int i = 0; i < zip.length; i++) {
      zip[i] = (byte) (i * 31);
    }
    Path f = Files.write(tmp.resolve("batch.zip"), zip);
    Sent sent = new Sent();
    ApiServlet.write(ApiResponse.file(200, "application/zip", f).with("Content-Disposition", "attachment"), sent.response());
    assertEquals(200, sent.status);
    assertEquals(zip.length, sent.length);
    assertEquals("application/zip", sent.headers.get("Content-Type"));
    assertEquals("attachment", sent.headers.get("Content-Disposition"));
    assertArrayEquals(zip, sent.body.toByteArray());
  }

  @Test
  void aFileGoneBeforeItIsSentIsA404InTheErrorShape() throws Exception {
    Path f = Files.write(tmp.resolve("expired.zip"), new byte[] {1, 2, 3});
    ApiResponse r = ApiResponse.file(200, "application/zip", f);
    Files.delete(f);
    Sent sent = new Sent();
    ApiServlet.write(r, sent.response());
    assertEquals(404, sent.status);
    assertTrue(sent.headers.get("Content-Type").startsWith("application/json"), sent.headers.toString());
    String body = sent.body.toString(StandardCharsets.UTF_8);
    assertTrue(body.contains("\"code\":\"GONE\"") && body.contains("已不存在"), body);
    assertEquals(sent.body.size(), sent.length);
  }
}
