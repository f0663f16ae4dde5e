package org.hezuo.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.ResourceBundle;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.model.PolicyCase;
import org.junit.jupiter.api.Test;

/**
 * Our message file is UTF-8 and is read as UTF-8 whatever the platform charset: Java 9+ reads
 * properties resource bundles as UTF-8 (JEP 226), not as ISO-8859-1 or file.encoding. The build
 * runs this module's tests a second time under {@code -Dfile.encoding=GBK}.
 */
class ValidationMessagesTest extends CaseTestSupport {
  private static final String FILE = HibernateCaseValidator.MESSAGES + "_zh_CN.properties";

  @Test
  void fileIsStrictUtf8() throws IOException {
    assertNotNull(decodeStrictly(), FILE);
  }

  @Test
  void resourceBundleReadsTheFileAsUtf8WhateverThePlatformCharset() throws IOException {
    Properties expected = new Properties();
    expected.load(new StringReader(decodeStrictly()));
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            HibernateCaseValidator.MESSAGES,
            HibernateCaseValidator.ZH_CN,
            HibernateCaseValidator.class.getClassLoader());
    assertEquals(expected.stringPropertyNames(), bundle.keySet());
    for (String key : expected.stringPropertyNames()) {
      assertEquals(expected.getProperty(key), bundle.getString(key), key);
    }
    assertEquals("必须填写", bundle.getString("jakarta.validation.constraints.NotNull.message"));
  }

  @Test
  void validatorMessagesAreTheChineseOfTheSourceCode() {
    PolicyCase c = internshipCase();
    c.setCaseId(null);
    c.getEnterprise().setCreditCode("91350100M000100Y44");
    c.setPlacement(null);
    String charset = System.getProperty("file.encoding");
    assertEquals(
        java.util.List.of(
            new FieldError("caseId", "案件编号", "NOT_BLANK", "不能为空"),
            new FieldError(
                "enterprise.creditCode",
                "企业.统一社会信用代码",
                "CREDIT_CODE",
                "不是有效的统一社会信用代码（应为18位，校验码按GB 32100-2015计算）"),
            new FieldError("placement", "实习安排", "SECTIONS_FOR", "岗位实习案件必须填写“实习安排”")),
        validate(c),
        () -> "under file.encoding=" + charset);
  }

  private static String decodeStrictly() throws IOException {
    try (InputStream in = HibernateCaseValidator.class.getClassLoader().getResourceAsStream(FILE)) {
      assertNotNull(in, FILE + " missing");
      byte[] bytes = in.readAllBytes();
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      assertTrue(text.contains("必须填写"), "file holds the Chinese texts as UTF-8, not \\u escapes");
      return text;
    } catch (CharacterCodingException e) {
      throw new AssertionError(FILE + " is not UTF-8", e);
    }
  }
}
