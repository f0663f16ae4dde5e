package org.hezuo.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hezuo.api.admin.RuleProblem;
import org.junit.jupiter.api.Test;

class ValueLabelsTest {

  private static RuleFile file(String path, String text) {
    return new RuleFile(path.substring(0, path.indexOf('/')), path, RuleFile.Kind.VALUES,
        text.getBytes(StandardCharsets.UTF_8), text);
  }

  private static final String FUNDING = """
      name\tlabel\tunit
      # 计算值说明
      refundDue\t各审计年度应返还的政府投入合计\t元
      refundDue.*\t{}年度应返还的政府投入\t元
      share.*.government\t{}年度政府实际投入占资金池的比例\t%
      share.government\t政府承诺投入占资金池的比例\t%
      assessment\t年度企业实践考核等次
      postRatio.*\t岗位比例
      """;

  @Test
  void namesExactAndFilledInValuesWithTheirUnits() {
    List<RuleProblem> problems = new ArrayList<>();
    ValueLabels labels = ValueLabels.parse(List.of(file("funding/values.tsv", FUNDING)), problems);
    assertEquals(List.of(), problems);
    assertEquals("各审计年度应返还的政府投入合计（元）", labels.labelOf("refundDue"));
    assertEquals("2025年度应返还的政府投入（元）", labels.labelOf("refundDue.2025"));
    assertEquals("2025年度政府实际投入占资金池的比例（%）", labels.labelOf("share.2025.government"));
    assertEquals("政府承诺投入占资金池的比例（%）", labels.labelOf("share.government"));
    // no unit: the label alone; a pattern whose label has no {} shows the filled-in part after it
    assertEquals("年度企业实践考核等次", labels.labelOf("assessment"));
    assertEquals("岗位比例（设备巡检）", labels.labelOf("postRatio.设备巡检"));
    // the * stands for at least one character
    assertNull(labels.labelOf("refundDue."));
    assertNull(labels.labelOf("internRatio"));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("refundDue.2024", 1);
    values.put("unknown", 2);
    values.put("refundDue", 3);
    assertEquals(List.of("refundDue.2024", "refundDue"),
        List.copyOf(labels.labelsOf(values).keySet()), "labels keep the values' order, skip the unknown");
    values.put("refundDue.2023", 4);
    values.put("another", 5);
    assertEquals(List.of("refundDue", "refundDue.2023", "refundDue.2024", "another", "unknown"),
        List.copyOf(labels.inRegistryOrder(values).keySet()),
        "in the order of values.tsv, a pattern's values by the part filled in, undescribed last by name");
  }

  @Test
  void aBadRowOrTwoDifferentLabelsForOneNameAreRefusedWithFileAndLine() {
    List<RuleProblem> problems = new ArrayList<>();
    ValueLabels.parse(List.of(
        file("a/values.tsv", "name\tlabel\tunit\npool\t资金池\t元\nbad name\t说明\n*.*\t两个星号\n"),
        file("b/values.tsv", "pool\t资金池\t元\nonlyname\npool\t三方合计\t元\n")), problems);
    assertEquals(List.of(
        "a/values.tsv:3 VALUE_LABEL_FORMAT",
        "a/values.tsv:4 VALUE_LABEL_FORMAT",
        "b/values.tsv:2 VALUE_LABEL_FORMAT",
        "b/values.tsv:3 VALUE_LABEL_CONFLICT"),
        problems.stream().map(p -> p.file() + ":" + p.line() + " " + p.code()).toList());
    assertEquals("计算值 pool 已在 a/values.tsv 中以不同的说明登记", problems.get(3).message());
  }
}
