package org.hezuo.web.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipartTest {

  @Test
  void keepsBinaryFilesByteForByteAndDecodesTextAndFileNamesAsUtf8() throws Exception {
    byte[] xlsx = new byte[256];
    for (int i = 0; i < xlsx.length; i++) {
      xlsx[i] = (byte) i;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--b\r\nContent-Disposition: form-data; name=\"doc\"\r\n\r\n{\"place\":\"贵阳\"}\r\n"
        + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"名单.xlsx\"\r\n"
        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.write(xlsx);
    body.write("\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));

    Map<String, Multipart.Part> parts = Multipart.parse("multipart/form-data; boundary=b", body.toByteArray());
    assertArrayEquals(xlsx, parts.get("file").bytes());
    assertEquals("名单.xlsx", parts.get("file").filename());
    assertEquals("{\"place\":\"贵阳\"}", parts.get("doc").content());
    assertNull(parts.get("doc").filename());
    assertEquals(Map.of(), Multipart.parse("multipart/form-data", body.toByteArray()));
  }
}
