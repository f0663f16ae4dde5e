package org.hezuo.documents.batch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.hezuo.api.model.CaseType;
import org.junit.jupiter.api.Test;

class HeaderLabelsTest {

  private static List<String> paths(CaseType type, String... cells) {
    return HeaderLabels.resolve(Arrays.asList(cells), type).stream().map(p -> String.join(".", p)).toList();
  }

  @Test
  void fieldPathsStayAsTheyAre() {
    assertEquals(List.of("students.0.name", "doc.number", "caseId", ""),
        paths(null, "students.0.name", " doc.number ", "caseId", ""));
  }

  @Test
  void aClerksRosterOfAnInternshipCaseIsReadByItsChineseColumnNames() {
    assertEquals(List.of("students.0.name", "students.0.gender", "students.0.idNumber", "students.0.birthDate",
            "students.0.specialty", "students.0.guardian.name", "students.0.guardian.phone", "doc.number"),
        paths(CaseType.POST_INTERNSHIP, "姓名", "性别", "身份证号", "出生日期", "专业", "监护人姓名", "监护人电话", "文书编号"));
  }

  @Test
  void aYesNoColumnAskedAsAQuestionNamesItsField() {
    assertEquals(List.of("students.0.consentSigned", "students.0.agreementSigned", "students.0.coursesCompleted"),
        paths(CaseType.POST_INTERNSHIP, "是否签订知情同意书", "已签三方协议", "是否已完成教学计划规定的在校课程"));
  }

  @Test
  void sectionAndFieldNamesAreUnambiguousWithoutACaseType() {
    assertEquals(List.of("students.0.name", "students.0.name", "enterprise.name", "enterprise.creditCode",
            "school.name", "students.0.idNumber", "doc.date"),
        paths(null, "学生姓名", "学生.姓名", "企业名称", "企业．统一社会信用代码", "学校名称", "学生身份证号", "签订 / 成文日期*"));
  }

  @Test
  void aNameSeveralFieldsShareIsRefusedWithTheNamesThatWouldFit() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> paths(null, "姓名", "备注栏"));
    assertTrue(e.getMessage().contains("BAD_HEADER"), e.getMessage());
    assertTrue(e.getMessage().contains("第1列“姓名”可指多个字段"), e.getMessage());
    assertTrue(e.getMessage().contains("学生.姓名（students.0.name）"), e.getMessage());
    assertTrue(e.getMessage().contains("第2列“备注栏”不是已知的字段名称"), e.getMessage());
  }

  @Test
  void namesAnAgreementOrANoticeGoesByMeanTheDocumentFieldsAndEverySuggestionIsUnambiguous() {
    assertEquals(List.of("doc.date", "doc.number", "placement.startDate", "students.0.guardian.phone"),
        paths(null, "成文日期", "文书编号", "实习开始日期", "监护人电话"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> paths(null, "签订日期"));
    assertTrue(e.getMessage().contains("协议.签订日期（agreements.0.signedOn）"), e.getMessage());
    assertTrue(e.getMessage().contains("文书.签订 / 成文日期（doc.date）"), e.getMessage());
    // each suggested name means its field alone
    assertEquals(List.of("agreements.0.signedOn", "doc.date"), paths(null, "协议.签订日期", "文书.签订 / 成文日期"));
  }
}
