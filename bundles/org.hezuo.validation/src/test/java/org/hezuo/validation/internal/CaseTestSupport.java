package org.hezuo.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.model.CaseType;
import org.hezuo.api.model.Enterprise;
import org.hezuo.api.model.Placement;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.api.model.School;
import org.hezuo.api.model.Student;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One validator per test class, and valid fixtures that tests then break one field at a time. */
abstract class CaseTestSupport {
  /** A real-format 统一社会信用代码 with a correct check character. */
  static final String CREDIT_CODE = "91350100M000100Y43";

  /** A valid 居民身份证号码 for someone born on 2005-06-15. */
  static final String ID_2005_06_15 = "110105200506151236";

  static HibernateCaseValidator validator;

  @BeforeAll
  static void startValidator() {
    validator = new HibernateCaseValidator(HibernateCaseValidator.class.getClassLoader());
  }

  @AfterAll
  static void stopValidator() {
    validator.close();
  }

  static List<FieldError> validate(Object bean) {
    return validator.validate(bean);
  }

  static PolicyCase internshipCase() {
    PolicyCase c = new PolicyCase();
    c.setCaseId("HZ-2026.001");
    c.setCaseType(CaseType.POST_INTERNSHIP);
    School school = new School();
    school.setName("贵阳市职业技术学校");
    c.setSchool(school);
    Enterprise enterprise = new Enterprise();
    enterprise.setName("贵州某某机电有限公司");
    enterprise.setCreditCode(CREDIT_CODE);
    enterprise.setContactPhone("13812345678");
    c.setEnterprise(enterprise);
    c.setStudents(List.of(student("张三"), student("李四"), student("王五")));
    c.setPlacement(placement(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31)));
    return c;
  }

  static Student student(String name) {
    Student s = new Student();
    s.setName(name);
    s.setIdNumber(ID_2005_06_15);
    s.setBirthDate(LocalDate.of(2005, 6, 15));
    return s;
  }

  static Placement placement(LocalDate start, LocalDate end) {
    Placement p = new Placement();
    p.setStartDate(start);
    p.setEndDate(end);
    return p;
  }

  /** Asserts exactly one error, and returns it. */
  static FieldError single(List<FieldError> errors) {
    assertEquals(1, errors.size(), () -> "expected one error: " + describe(errors));
    return errors.get(0);
  }

  static void assertValid(Object bean) {
    List<FieldError> errors = validate(bean);
    assertTrue(errors.isEmpty(), () -> "expected no errors: " + describe(errors));
  }

  static String describe(List<FieldError> errors) {
    return errors.stream()
        .map(e -> e.path() + " (" + e.label() + ") " + e.code() + ": " + e.message())
        .collect(Collectors.joining("\n", "\n", ""));
  }
}
