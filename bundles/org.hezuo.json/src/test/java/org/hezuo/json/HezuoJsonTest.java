package org.hezuo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.model.CaseType;
import org.hezuo.api.model.PolicyCase;
import org.junit.jupiter.api.Test;

class HezuoJsonTest {

  private static ReadResult<PolicyCase> read(String json) {
    return HezuoJson.read(json.getBytes(StandardCharsets.UTF_8), PolicyCase.class);
  }

  @Test
  void readsEnumsByCodeOrChineseLabel() {
    assertEquals(CaseType.POST_INTERNSHIP, read("{\"caseType\":\"岗位实习\"}").value().getCaseType());
    assertEquals(CaseType.POST_INTERNSHIP, read("{\"caseType\":\"post_internship\"}").value().getCaseType());
  }

  @Test
  void readsDatesAndExactDecimals() {
    PolicyCase c =
        read("{\"asOf\":\"2026-09-01\",\"placement\":{\"pay\":{\"monthlyAmount\":2400.10}}}").value();
    assertEquals(LocalDate.of(2026, 9, 1), c.getAsOf());
    assertEquals(new BigDecimal("2400.10"), c.getPlacement().getPay().getMonthlyAmount());
  }

  @Test
  void unknownFieldIsAFieldErrorWithItsPath() {
    ReadResult<PolicyCase> r = read("{\"students\":[{\"name\":\"张三\"},{\"nmae\":\"李四\"}]}");
    assertFalse(r.ok());
    FieldError e = r.errors().get(0);
    assertEquals("students[1].nmae", e.path());
    assertEquals("JSON_UNKNOWN_FIELD", e.code());
    assertTrue(e.message().contains("nmae"), e.message());
  }

  @Test
  void badDateNamesFieldAndFormatInChinese() {
    // month 13 does not exist, whatever the form
    ReadResult<PolicyCase> r = read("{\"students\":[{\"birthDate\":\"2008/13/01\"}]}");
    FieldError e = r.errors().get(0);
    assertEquals("students[0].birthDate", e.path());
    assertEquals("学生[1].出生日期", e.label(), "named as the form names it");
    assertEquals("JSON_TYPE", e.code());
    assertEquals("“2008/13/01”不是有效的日期（如2026-09-01、2026/9/1或2026年9月1日）", e.message());
    // the ISO form is read on its own path: the same refusals
    for (String bad : java.util.List.of("2008-13-01", "2008-02-30", "2008-1a-01")) {
      FieldError iso = read("{\"students\":[{\"birthDate\":\"" + bad + "\"}]}").errors().get(0);
      assertEquals("“" + bad + "”不是有效的日期（如2026-09-01、2026/9/1或2026年9月1日）", iso.message());
    }
    assertEquals(java.time.LocalDate.of(2008, 2, 29),
        read("{\"students\":[{\"birthDate\":\"2008-02-29\"}]}").value().getStudents().get(0).getBirthDate());
  }

  @Test
  void datesAndYesNoAsClerksWriteThem() {
    PolicyCase c = read("{\"asOf\":\"2026年9月1日\",\"students\":["
        + "{\"birthDate\":\"2008/5/12\",\"independentWork\":\"是\",\"handsOnProduction\":\"否\"},"
        + "{\"birthDate\":\"2008.05.02\",\"independentWork\":\"√\",\"handsOnProduction\":false},"
        + "{\"birthDate\":\" 2008-5-3 \",\"independentWork\":\"\"}]}").value();
    assertEquals(LocalDate.of(2026, 9, 1), c.getAsOf());
    assertEquals(LocalDate.of(2008, 5, 12), c.getStudents().get(0).getBirthDate());
    assertEquals(LocalDate.of(2008, 5, 2), c.getStudents().get(1).getBirthDate());
    assertEquals(LocalDate.of(2008, 5, 3), c.getStudents().get(2).getBirthDate());
    assertEquals(Boolean.TRUE, c.getStudents().get(0).getIndependentWork());
    assertEquals(Boolean.FALSE, c.getStudents().get(0).getHandsOnProduction());
    assertEquals(Boolean.TRUE, c.getStudents().get(1).getIndependentWork());
    assertEquals(null, c.getStudents().get(2).getIndependentWork(), "an empty cell says nothing");
    FieldError e = read("{\"students\":[{\"independentWork\":\"也许\"}]}").errors().get(0);
    assertEquals("students[0].independentWork", e.path());
    assertEquals("“也许”不是有效的是否值（true或false，或写“是”“否”）", e.message());
  }

  @Test
  void numbersTypedWithAChineseInputMethodAreReadPlain() {
    PolicyCase c = read("{\"students\":[{\"name\":\"张　三\",\"idNumber\":\"５２０５２２ ２０１０１０１５ ０３１ｘ\","
        + "\"phone\":\"１３８ ００１３ ８０００\"}],\"enterprise\":{\"creditCode\":\"９１５２０５２２ｍａ６ｄｋ３ｐ２ｘ\"}}").value();
    assertEquals("52052220101015031X", c.getStudents().get(0).getIdNumber());
    assertEquals("13800138000", c.getStudents().get(0).getPhone());
    assertEquals("91520522MA6DK3P2X", c.getEnterprise().getCreditCode());
    assertEquals("张　三", c.getStudents().get(0).getName(), "other text is left as written");
    // already half-width: a lower-case check letter still becomes upper case
    assertEquals("52052220101015031X", read("{\"students\":[{\"idNumber\":\"52052220101015031x\"}]}")
        .value().getStudents().get(0).getIdNumber());
  }

  @Test
  void amountsAndCountsAsSheetsWriteThem() {
    PolicyCase c = read("{\"enterprise\":{\"staffTotal\":\"1,200人\"},"
        + "\"placement\":{\"pay\":{\"monthlyAmount\":\"１２,０００.５０元\"}}}").value();
    assertEquals(1200, c.getEnterprise().getStaffTotal());
    assertEquals(new BigDecimal("12000.50"), c.getPlacement().getPay().getMonthlyAmount());
    ReadResult<PolicyCase> r = read("{\"enterprise\":{\"staffTotal\":2.5},"
        + "\"placement\":{\"pay\":{\"monthlyAmount\":\"约两千\"}}}");
    assertEquals(List.of("enterprise.staffTotal：“2.5”不是有效的整数",
        "placement.pay.monthlyAmount：“约两千”不是有效的数字"),
        r.errors().stream().map(e -> e.path() + "：" + e.message()).toList());
  }

  @Test
  void unknownEnumValueListsTheChoices() {
    FieldError e = read("{\"caseType\":\"实习\"}").errors().get(0);
    assertEquals("caseType", e.path());
    assertTrue(e.message().contains("POST_INTERNSHIP"), e.message());
  }

  @Test
  void syntaxErrorGivesLineAndColumn() {
    FieldError e = read("{\n  \"caseId\": \"A\",,\n}").errors().get(0);
    assertEquals("JSON_SYNTAX", e.code());
    assertTrue(e.message().contains("第2行"), e.message());
  }

  @Test
  void everyUnknownFieldAndUnreadableValueIsReportedAtOnce() {
    ReadResult<PolicyCase> r = read("{\"caseType\":\"实习\",\"remark\":{\"a\":[1,2]},"
        + "\"students\":[{\"name\":\"张三\",\"birthDate\":\"2008/13/01\"},{\"nmae\":\"李四\",\"gender\":\"男\"}],"
        + "\"placement\":{\"startDate\":\"九月一日\"}}");
    assertFalse(r.ok());
    assertEquals(java.util.List.of("caseType JSON_TYPE", "remark JSON_UNKNOWN_FIELD", "students[0].birthDate JSON_TYPE",
            "students[1].nmae JSON_UNKNOWN_FIELD", "placement.startDate JSON_TYPE"),
        r.errors().stream().map(e -> e.path() + " " + e.code()).toList());
    assertTrue(r.errors().get(4).message().contains("“九月一日”不是有效的日期"), r.errors().get(4).message());
  }

  @Test
  void aSyntaxErrorAfterOtherMistakesIsReportedWithThem() {
    ReadResult<PolicyCase> r = read("{\"nmae\":\"x\",\n \"caseId\": \"A\",,\n}");
    assertEquals(java.util.List.of("JSON_UNKNOWN_FIELD", "JSON_SYNTAX"), r.errors().stream().map(FieldError::code).toList());
  }
}
