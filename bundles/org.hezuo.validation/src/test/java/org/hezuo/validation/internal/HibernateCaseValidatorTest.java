package org.hezuo.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hezuo.api.constraints.Label;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.model.Guardian;
import org.hezuo.api.model.Pay;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.api.model.Post;
import org.hezuo.api.model.Student;
import org.hibernate.validator.constraints.Range;
import org.junit.jupiter.api.Test;

/** Paths, Chinese labels, codes and messages of the field errors; life cycle of the validator. */
class HibernateCaseValidatorTest extends CaseTestSupport {

  @Test
  void nestedListPathsHaveZeroBasedIndicesAndLabelsOneBased() {
    PolicyCase c = internshipCase();
    Guardian g = new Guardian();
    g.setPhone("123");
    c.getStudents().get(2).setGuardian(g);
    Post post = new Post();
    post.setName("装配工");
    post.setPhysicalLabourLevel(5);
    c.getEnterprise().setPosts(List.of(new Post(), post));
    c.getEnterprise().getPosts().get(0).setName("质检员");
    List<FieldError> errors = validate(c);
    assertEquals(
        List.of(
            new FieldError(
                "enterprise.posts[1].physicalLabourLevel", "企业.岗位[2].体力劳动强度级别（1–4级）", "MAX", "不能大于4"),
            new FieldError(
                "students[2].guardian.phone",
                "学生[3].监护人.监护人电话",
                "PHONE",
                "不是有效的电话号码（手机号为1开头的11位数字，固定电话如0851-12345678）")),
        errors,
        () -> describe(errors));
  }

  @Test
  void labelsOfInheritedFields() {
    PolicyCase c = internshipCase();
    c.getEnterprise().setName(" ");
    c.getSchool().setName(null);
    List<FieldError> errors = validate(c);
    assertEquals(2, errors.size(), () -> describe(errors));
    assertEquals(new FieldError("enterprise.name", "企业.名称", "NOT_BLANK", "不能为空"), errors.get(0));
    assertEquals(new FieldError("school.name", "学校.名称", "NOT_BLANK", "不能为空"), errors.get(1));
  }

  @Test
  void builtInConstraintsHaveOurChineseMessages() {
    PolicyCase c = internshipCase();
    c.setCaseId(null); // "" would also fail @Pattern (see the report on the api module)
    c.setTitle("案".repeat(201));
    Student s = c.getStudents().get(0);
    s.setIdNumber(null);
    s.setBirthDate(LocalDate.now().plusDays(1));
    s.setGrade(0);
    s.setAssessmentScore(new BigDecimal("100.5"));
    c.getStudents().get(1).setGrade(7);
    c.getStudents().get(2).setBirthDate(null);
    c.getStudents().get(2).setIdNumber(null);
    c.getPlacement().setDailyHours(new BigDecimal("-1"));
    Pay pay = new Pay();
    pay.setCycleDays(0);
    c.getPlacement().setPay(pay);
    List<FieldError> errors = validate(c);
    assertEquals(
        List.of(
            "caseId NOT_BLANK 不能为空",
            "placement.dailyHours POSITIVE_OR_ZERO 不能小于0",
            "placement.pay.cycleDays POSITIVE 必须大于0",
            "students[0].assessmentScore DECIMAL_MAX 不能大于100",
            "students[0].birthDate PAST 必须是过去的日期",
            "students[0].grade MIN 不能小于1",
            "students[1].grade MAX 不能大于6",
            "students[2].birthDate NOT_NULL 必须填写",
            "title SIZE 长度不能超过200个字符"),
        errors.stream().map(e -> e.path() + " " + e.code() + " " + e.message()).toList(),
        () -> describe(errors));
  }

  @Test
  void ownMessageOfAConstraintIsKept() {
    PolicyCase c = internshipCase();
    c.setCaseId("案件 1");
    FieldError e = single(validate(c));
    assertEquals(new FieldError("caseId", "案件编号", "PATTERN", "只能包含字母、数字、点、下划线和连字符"), e);
  }

  @Test
  void everyMessageIsChinese() {
    PolicyCase c = internshipCase();
    c.setCaseId(null);
    c.getStudents().get(0).setName(null);
    c.getStudents().get(1).setIdNumber("1");
    c.getEnterprise().setCreditCode("1");
    c.setPlacement(placement(null, null));
    List<FieldError> errors = validate(c);
    assertEquals(6, errors.size(), () -> describe(errors));
    for (FieldError e : errors) {
      assertTrue(e.message().codePoints().anyMatch(HibernateCaseValidatorTest::isHan), e::toString);
      assertTrue(e.label().codePoints().anyMatch(HibernateCaseValidatorTest::isHan), e::toString);
      assertTrue(!e.message().contains("null") && !e.message().contains("{"), e::toString);
    }
  }

  @Test
  void sizeMessagesForMinimumAndRange() {
    Labelled bean = new Labelled();
    bean.code = "A";
    bean.shortName = "A";
    List<FieldError> errors = validate(bean);
    assertEquals(2, errors.size(), () -> describe(errors));
    assertEquals(new FieldError("code", "代码", "SIZE", "长度必须在2到5个字符之间"), errors.get(0));
    assertEquals(new FieldError("shortName", "简称", "SIZE", "长度不能少于2个字符"), errors.get(1));
  }

  @Test
  void constraintsWithoutOurMessageUseHibernateValidatorsChinese() {
    Labelled bean = new Labelled();
    bean.level = 9;
    assertEquals(new FieldError("level", "等级", "RANGE", "需要在1和5之间"), single(validate(bean)));
  }

  @Test
  void messagesAreChineseWhateverTheJvmLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.US);
    try (HibernateCaseValidator v = new HibernateCaseValidator(getClass().getClassLoader())) {
      PolicyCase c = internshipCase();
      c.setCaseType(null);
      assertEquals(List.of(new FieldError("caseType", "案件类型", "NOT_NULL", "必须填写")), v.validate(c));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void containerElementsAndMapValues() {
    Labelled bean = new Labelled();
    bean.tags = List.of("ok", " ");
    Labelled child = new Labelled();
    child.code = "ABCDEF";
    bean.children = Map.of("甲", child);
    List<FieldError> errors = validate(bean);
    assertEquals(2, errors.size(), () -> describe(errors));
    assertEquals(new FieldError("children[甲].code", "下级[甲].代码", "SIZE", "长度必须在2到5个字符之间"), errors.get(0));
    assertEquals(new FieldError("tags[1]", "标签[2]", "NOT_BLANK", "不能为空"), errors.get(1));
  }

  @Test
  void sortedByPathWithIndicesComparedAsNumbers() {
    PolicyCase c = internshipCase();
    List<Student> students = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Student s = student("学生" + i);
      s.setGrade(i == 2 || i == 10 ? 9 : 1);
      students.add(s);
    }
    c.setStudents(students);
    c.setCaseId(null);
    List<FieldError> errors = validate(c);
    assertEquals(
        List.of("caseId", "students[2].grade", "students[10].grade"),
        errors.stream().map(FieldError::path).toList());
    assertEquals("学生[11].年级", errors.get(2).label());
  }

  @Test
  void objectsWithoutConstraintsAreValid() {
    assertValid("not a model object");
    assertValid(List.of(new Student()));
  }

  @Test
  void nullIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> validate(null));
  }

  @Test
  void closedValidatorRefusesWork() {
    HibernateCaseValidator v = new HibernateCaseValidator(getClass().getClassLoader());
    assertTrue(v.validate(internshipCase()).isEmpty());
    v.close();
    assertThrows(IllegalStateException.class, () -> v.validate(internshipCase()));
  }

  @Test
  void oneValidatorServesManyThreads() throws Exception {
    PolicyCase c = internshipCase();
    c.getStudents().get(1).setBirthDate(LocalDate.of(2005, 6, 16));
    c.getEnterprise().setCreditCode("91350100M000100Y44");
    List<FieldError> expected = validate(c);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> validate(c).equals(expected)));
      }
      for (Future<Boolean> r : results) {
        assertTrue(r.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(2, expected.size());
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** A bean using shapes the model does not (yet): @Size with a minimum, maps, element constraints. */
  static class Labelled {
    @Size(min = 2, max = 5)
    @Label("代码")
    String code;

    @Size(min = 2)
    @Label("简称")
    String shortName;

    @Label("标签")
    List<@NotBlank String> tags = List.of();

    @Label("下级")
    Map<String, @Valid Labelled> children = Map.of();

    @Range(min = 1, max = 5)
    @Label("等级")
    Integer level;
  }
}
