package org.hezuo.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.model.Agreement;
import org.hezuo.api.model.AgreementKind;
import org.hezuo.api.model.CaseType;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.api.model.PracticeRecord;
import org.hezuo.api.model.Teacher;
import org.hezuo.api.model.TeacherCategory;
import org.hezuo.api.model.TeacherPractice;
import org.junit.jupiter.api.Test;

/** {@code @DateRange} and {@code @SectionsFor}: checks across fields, reported on one field. */
class CrossFieldConstraintsTest extends CaseTestSupport {
  private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
  private static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 28);

  @Test
  void placementEndingBeforeItStarts() {
    PolicyCase c = internshipCase();
    c.setPlacement(placement(MARCH, FEBRUARY));
    FieldError e = single(validate(c));
    assertEquals(new FieldError("placement.endDate", "实习安排.结束日期", "DATE_RANGE", "结束日期不能早于开始日期"), e);
  }

  @Test
  void oneDayPlacementIsValid() {
    PolicyCase c = internshipCase();
    c.setPlacement(placement(MARCH, MARCH));
    assertValid(c);
  }

  @Test
  void practiceRecordEndingBeforeItStarts() {
    PolicyCase c = new PolicyCase();
    c.setCaseId("TP-1");
    c.setCaseType(CaseType.TEACHER_PRACTICE);
    TeacherPractice tp = new TeacherPractice();
    Teacher t = new Teacher();
    t.setName("赵老师");
    t.setCategory(TeacherCategory.PROFESSIONAL);
    tp.setTeacher(t);
    tp.setRecords(List.of(record(MARCH, MARCH.plusMonths(1)), record(MARCH, FEBRUARY)));
    c.setTeacherPractice(tp);
    FieldError e = single(validate(c));
    assertEquals("teacherPractice.records[1].endDate", e.path());
    assertEquals("教师企业实践.实践记录[2].结束日期", e.label());
    assertEquals("DATE_RANGE", e.code());
    assertEquals("结束日期不能早于开始日期", e.message());
  }

  @Test
  void agreementEndingBeforeItStarts() {
    PolicyCase c = internshipCase();
    Agreement valid = agreement(MARCH, null);
    Agreement wrong = agreement(MARCH, FEBRUARY);
    c.setAgreements(List.of(valid, wrong));
    FieldError e = single(validate(c));
    assertEquals("agreements[1].validTo", e.path());
    assertEquals("协议[2].终止日期", e.label());
    assertEquals("DATE_RANGE", e.code());
  }

  @Test
  void postInternshipWithoutPlacement() {
    PolicyCase c = internshipCase();
    c.setPlacement(null);
    FieldError e = single(validate(c));
    assertEquals(new FieldError("placement", "实习安排", "SECTIONS_FOR", "岗位实习案件必须填写“实习安排”"), e);
  }

  @Test
  void everyMissingSectionIsReportedOnItsOwnPath() {
    PolicyCase c = internshipCase();
    c.setCaseType(CaseType.WORK_STUDY);
    c.setSchool(null);
    c.setStudents(List.of());
    List<FieldError> errors = validate(c);
    assertEquals(3, errors.size(), () -> describe(errors));
    assertEquals(new FieldError("school", "学校", "SECTIONS_FOR", "勤工俭学案件必须填写“学校”"), errors.get(0));
    assertEquals(new FieldError("students", "学生", "SECTIONS_FOR", "勤工俭学案件必须填写“学生”"), errors.get(1));
    assertEquals(
        new FieldError("workStudy", "勤工俭学", "SECTIONS_FOR", "勤工俭学案件必须填写“勤工俭学”"), errors.get(2));
  }

  @Test
  void consortiumNeedsOnlyItsOwnSection() {
    PolicyCase c = new PolicyCase();
    c.setCaseId("C-1");
    c.setCaseType(CaseType.CONSORTIUM);
    FieldError e = single(validate(c));
    assertEquals("consortium", e.path());
    assertEquals("校企政科技研发联合体案件必须填写“联合体”", e.message());
  }

  @Test
  void missingCaseTypeIsReportedOnceNotAsMissingSections() {
    PolicyCase c = internshipCase();
    c.setCaseType(null);
    c.setPlacement(null);
    assertEquals(new FieldError("caseType", "案件类型", "NOT_NULL", "必须填写"), single(validate(c)));
  }

  private static PracticeRecord record(LocalDate start, LocalDate end) {
    PracticeRecord r = new PracticeRecord();
    r.setEnterprise("贵州某某机电有限公司");
    r.setStartDate(start);
    r.setEndDate(end);
    return r;
  }

  private static Agreement agreement(LocalDate from, LocalDate to) {
    Agreement a = new Agreement();
    a.setKind(AgreementKind.COOPERATION);
    a.setValidFrom(from);
    a.setValidTo(to);
    return a;
  }
}
