package org.hezuo.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.hezuo.api.constraints.CreditCode;
import org.hezuo.api.constraints.IdMatchesBirthDate;
import org.hezuo.api.constraints.ResidentId;
import org.hezuo.api.constraints.SectionsFor;
import org.junit.jupiter.api.Test;

/** The code and the ordering of field errors. */
class FieldErrorsTest {

  @Test
  void codesAreUpperSnakeCase() {
    assertEquals("NOT_NULL", FieldErrors.code(NotNull.class));
    assertEquals("RESIDENT_ID", FieldErrors.code(ResidentId.class));
    assertEquals("DECIMAL_MAX", FieldErrors.code(DecimalMax.class));
    assertEquals("POSITIVE_OR_ZERO", FieldErrors.code(PositiveOrZero.class));
    assertEquals("CREDIT_CODE", FieldErrors.code(CreditCode.class));
    assertEquals("ID_MATCHES_BIRTH_DATE", FieldErrors.code(IdMatchesBirthDate.class));
    assertEquals("SECTIONS_FOR", FieldErrors.code(SectionsFor.class));
    assertEquals("URL", FieldErrors.code(org.hibernate.validator.constraints.URL.class));
    assertEquals("ISBN", FieldErrors.code(org.hibernate.validator.constraints.ISBN.class));
  }

  @Test
  void pathsCompareIndicesAsNumbers() {
    assertTrue(FieldErrors.comparePaths("students[2].name", "students[10].name") < 0);
    assertTrue(FieldErrors.comparePaths("students[10]", "students[2]") > 0);
    assertTrue(FieldErrors.comparePaths("students", "students[0]") < 0);
    assertTrue(FieldErrors.comparePaths("a[1].b", "a[1].c") < 0);
    assertEquals(0, FieldErrors.comparePaths("a[01]", "a[1]"));
    assertTrue(FieldErrors.comparePaths("", "caseId") < 0);
  }
}
