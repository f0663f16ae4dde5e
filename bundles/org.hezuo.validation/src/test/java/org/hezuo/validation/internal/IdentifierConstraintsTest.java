package org.hezuo.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.model.Enterprise;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.api.model.Student;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 统一社会信用代码, 居民身份证号码 and phone numbers, through the whole validator. */
class IdentifierConstraintsTest extends CaseTestSupport {

  @Test
  void realFormatCreditCodeIsValid() {
    assertValid(internshipCase());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y44", // check character one too high
        "91350100M000100Y42", // one too low
        "91350100M000100Y4", // 17 characters
        "91350100M000100YO3", // O is not in the code set
        "91350100m000100Y43" // lower case
      })
  void wrongCreditCodeIsReportedOnTheEnterprise(String code) {
    PolicyCase c = internshipCase();
    c.getEnterprise().setCreditCode(code);
    FieldError e = single(validate(c));
    assertEquals("enterprise.creditCode", e.path());
    assertEquals("企业.统一社会信用代码", e.label());
    assertEquals("CREDIT_CODE", e.code());
    assertTrue(e.message().startsWith("不是有效的统一社会信用代码"), e.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "11010519491231002x", ID_2005_06_15})
  void idNumbersWithRightCheckCharacterAreValid(String id) {
    Student s = student("张三");
    s.setIdNumber(id);
    s.setBirthDate(org.hezuo.api.constraints.ResidentIdValidator.birthDate(id));
    assertValid(s);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110105194912310021", // X expected
        "110105200506151235", // check digit one off
        "520102199902301234", // 1999-02-30: right check digit, no such day
        "110105209901011234", // born 2099-01-01: right check digit, in the future
        "110105189912311237", // born 1899-12-31: right check digit, before 1900
        "11010520050615123", // 17 digits
        "1101052005061512366" // 19 digits
      })
  void wrongIdNumberIsReportedOnTheStudent(String id) {
    PolicyCase c = internshipCase();
    c.getStudents().get(1).setIdNumber(id);
    FieldError e = single(validate(c));
    assertEquals("students[1].idNumber", e.path());
    assertEquals("学生[2].居民身份证号码", e.label());
    assertEquals("RESIDENT_ID", e.code());
    assertTrue(e.message().startsWith("不是有效的居民身份证号码"), e.message());
  }

  @Test
  void birthDateDifferentFromTheIdNumberIsReportedOnBirthDate() {
    PolicyCase c = internshipCase();
    c.getStudents().get(0).setBirthDate(LocalDate.of(2005, 6, 16));
    FieldError e = single(validate(c));
    assertEquals("students[0].birthDate", e.path());
    assertEquals("学生[1].出生日期", e.label());
    assertEquals("ID_MATCHES_BIRTH_DATE", e.code());
    assertEquals("身份证号码中的出生日期与所填出生日期不一致", e.message());
  }

  @Test
  void invalidIdNumberIsNotAlsoReportedAsABirthDateMismatch() {
    Student s = student("张三");
    s.setIdNumber("520102199902301234");
    s.setBirthDate(LocalDate.of(1999, 3, 2));
    assertEquals("idNumber", single(validate(s)).path());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "13812345678",
        "+86 13812345678",
        "0851-12345678",
        "085112345678",
        "010-1234567-123",
        "400-123-4567"
      })
  void phoneFormatsThatAreAccepted(String phone) {
    Enterprise e = internshipCase().getEnterprise();
    e.setContactPhone(phone);
    assertValid(e);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "1381234567a", "12345678", "电话", "0851-123"})
  void phoneFormatsThatAreRefused(String phone) {
    PolicyCase c = internshipCase();
    c.getEnterprise().setContactPhone(phone);
    c.getStudents().get(2).setPhone(phone);
    List<FieldError> errors = validate(c);
    assertEquals(2, errors.size(), () -> describe(errors));
    assertEquals("enterprise.contactPhone", errors.get(0).path());
    assertEquals("企业.联系电话", errors.get(0).label());
    assertEquals("students[2].phone", errors.get(1).path());
    assertEquals("学生[3].联系电话", errors.get(1).label());
    for (FieldError e : errors) {
      assertEquals("PHONE", e.code());
      assertTrue(e.message().startsWith("不是有效的电话号码"), e.message());
    }
  }
}
