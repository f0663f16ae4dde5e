package org.hezuo.api.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hezuo.api.model.CaseType;
import org.hezuo.api.model.PolicyCase;

/**
 * Checks that a case carries the sections its type needs; each missing section is reported on its
 * own property path, e.g. {@code placement}: 岗位实习案件必须填写“实习安排”.
 */
public class SectionsForValidator implements ConstraintValidator<SectionsFor, PolicyCase> {
  private static final Map<String, Function<PolicyCase, Object>> SECTIONS = new LinkedHashMap<>();
  private static final Map<String, String> LABELS = new LinkedHashMap<>();
  private static final Map<CaseType, List<String>> REQUIRED = new EnumMap<>(CaseType.class);

  static {
    section("school", "学校", PolicyCase::getSchool);
    section("enterprise", "企业", PolicyCase::getEnterprise);
    section("students", "学生", PolicyCase::getStudents);
    section("placement", "实习安排", PolicyCase::getPlacement);
    section("orderTraining", "订单培养", PolicyCase::getOrderTraining);
    section("alternation", "工学交替", PolicyCase::getAlternation);
    section("workStudy", "勤工俭学", PolicyCase::getWorkStudy);
    section("courseDevelopment", "课程共同开发", PolicyCase::getCourseDevelopment);
    section("training", "培训", PolicyCase::getTraining);
    section("trainingBase", "共建实训基地", PolicyCase::getTrainingBase);
    section("consortium", "联合体", PolicyCase::getConsortium);
    section("teacherPractice", "教师企业实践", PolicyCase::getTeacherPractice);
    section("committee", "委员会", PolicyCase::getCommittee);
    REQUIRED.put(CaseType.ORDER_TRAINING, List.of("school", "enterprise", "orderTraining"));
    REQUIRED.put(CaseType.WORK_STUDY_ALTERNATION, List.of("school", "enterprise", "alternation"));
    REQUIRED.put(CaseType.POST_INTERNSHIP, List.of("school", "enterprise", "students", "placement"));
    REQUIRED.put(
        CaseType.COGNITIVE_INTERNSHIP, List.of("school", "enterprise", "students", "placement"));
    REQUIRED.put(
        CaseType.WORK_STUDY, List.of("school", "enterprise", "students", "placement", "workStudy"));
    REQUIRED.put(CaseType.COURSE_CO_DEVELOPMENT, List.of("school", "enterprise", "courseDevelopment"));
    REQUIRED.put(CaseType.PRE_JOB_TRAINING, List.of("school", "enterprise", "training"));
    REQUIRED.put(CaseType.PART_TIME_DEGREE, List.of("school", "enterprise", "training"));
    REQUIRED.put(CaseType.STAFF_TRAINING, List.of("school", "enterprise", "training"));
    REQUIRED.put(CaseType.TRAINING_BASE, List.of("school", "enterprise", "trainingBase"));
    REQUIRED.put(CaseType.CONSORTIUM, List.of("consortium"));
    REQUIRED.put(CaseType.TEACHER_PRACTICE, List.of("teacherPractice"));
    REQUIRED.put(CaseType.COMMITTEE, List.of("committee"));
  }

  private static void section(String name, String label, Function<PolicyCase, Object> getter) {
    SECTIONS.put(name, getter);
    LABELS.put(name, label);
  }

  /**
   * The sections a case type needs, in the order they appear in a case.
   *
   * @param type the case type
   * @return property names of the required sections
   */
  public static List<String> requiredSections(CaseType type) {
    return REQUIRED.getOrDefault(type, List.of());
  }

  @Override
  public boolean isValid(PolicyCase value, ConstraintValidatorContext context) {
    if (value == null || value.getCaseType() == null) {
      return true;
    }
    boolean ok = true;
    for (String name : requiredSections(value.getCaseType())) {
      Object section = SECTIONS.get(name).apply(value);
      if (section == null || (section instanceof Collection<?> c && c.isEmpty())) {
        if (ok) {
          context.disableDefaultConstraintViolation();
        }
        ok = false;
        context
            .buildConstraintViolationWithTemplate(
                value.getCaseType().label() + "案件必须填写“" + LABELS.get(name) + "”")
            .addPropertyNode(name)
            .addConstraintViolation();
      }
    }
    return ok;
  }
}
