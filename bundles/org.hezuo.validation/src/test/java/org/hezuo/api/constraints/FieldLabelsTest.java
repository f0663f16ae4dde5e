package org.hezuo.api.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hezuo.api.model.PolicyCase;
import org.junit.jupiter.api.Test;

class FieldLabelsTest {
  @Test
  void namesAPathInChineseCountingListPositionsFromOne() {
    assertEquals("学生[1].出生日期", FieldLabels.of(PolicyCase.class, "students[0].birthDate"));
    assertEquals("实习安排.实习报酬.月实习报酬（元）", FieldLabels.of(PolicyCase.class, "placement.pay.monthlyAmount"));
    // a name the model does not have stays as written, and so does all below it
    assertEquals("学生[2].nmae", FieldLabels.of(PolicyCase.class, "students[1].nmae"));
    assertEquals("", FieldLabels.of(PolicyCase.class, ""));
  }
}
