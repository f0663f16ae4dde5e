package org.hezuo.shell.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.decision.Outcome;
import org.junit.jupiter.api.Test;

class DecisionTextTest {

  @Test
  void showsOutcomeFindingClauseValuesAndVersion() {
    String text = DecisionText.format(FakeEvaluator.sample());
    assertTrue(text.contains("案件 C-1（岗位实习） 审查结果：不符合"), text);
    assertTrue(text.contains("[禁止] INTERN_UNDER_16　实习学生未满16周岁"), text);
    assertTrue(text.contains("依据：INT21-16-2　《职业学校学生实习管理规定》第十六条"), text);
    assertTrue(text.contains("条文：不得安排未满16周岁的学生"), text);
    // a value is named by its label, the name the rules use beside it; one without a label by its name
    assertTrue(text.contains("  同期实习学生占在岗职工总数的比例（%） [internRatio] = 0.1\n"), text);
    assertTrue(text.contains("  unlabelled = 3\n"), text);
    assertTrue(text.contains("规则版本：sha256:abc"), text);
  }

  @Test
  void invalidDecisionListsFieldErrors() {
    Decision d = new Decision("C-2", "POST_INTERNSHIP", Outcome.INVALID, "输入有误", List.of(), null,
        List.of(new FieldError("students[2].birthDate", "学生[3].出生日期", "NOT_NULL", "不能为空")),
        "v", null, List.of(), null, Instant.EPOCH);
    String text = DecisionText.format(d);
    assertTrue(text.contains("审查结果：输入有误"), text);
    assertTrue(text.contains("学生[3].出生日期（students[2].birthDate）：不能为空 [NOT_NULL]"), text);
  }
}
