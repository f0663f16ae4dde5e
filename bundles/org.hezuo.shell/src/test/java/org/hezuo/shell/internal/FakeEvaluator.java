package org.hezuo.shell.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.Finding;
import org.hezuo.api.decision.Severity;
import org.hezuo.api.model.PolicyCase;

/** An evaluator that answers every case with one blocking finding. */
class FakeEvaluator implements PolicyEvaluator {
  String version = "sha256:abc";
  PolicyCase last;

  static Decision sample() {
    Finding f = new Finding("INTERN_UNDER_16", Severity.BLOCK, "实习学生未满16周岁", "INT21-16-2",
        "《职业学校学生实习管理规定》第十六条", "不得安排未满16周岁的学生跟岗实习、顶岗实习。", "under16",
        List.of("students[0].birthDate"));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("internRatio", 0.1);
    values.put("unlabelled", 3);
    return new Decision("C-1", "POST_INTERNSHIP", Decision.outcomeOf(List.of(f)), "不符合", List.of(f),
        values, Map.of("internRatio", "同期实习学生占在岗职工总数的比例（%）"), List.of(), "sha256:abc", "h", List.of("under16"), LocalDate.of(2025, 3, 1),
        Instant.EPOCH);
  }

  @Override
  public Decision evaluate(PolicyCase policyCase) {
    last = policyCase;
    return sample();
  }

  @Override
  public String version() {
    return version;
  }
}
