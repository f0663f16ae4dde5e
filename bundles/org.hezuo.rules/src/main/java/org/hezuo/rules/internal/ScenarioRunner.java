package org.hezuo.rules.internal;

import org.hezuo.api.admin.ScenarioResult;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.Finding;
import org.hezuo.api.decision.Severity;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.json.HezuoJson;

/**
 * Runs a pack's scenario files (case in → expected outcome, finding codes and values out) against
 * an evaluator and says, in Chinese, what differed. The format is in {@code rules/README.md}.
 */
public final class ScenarioRunner {
  private final BiFunction<PolicyCase, Map<String, String>, Decision> evaluator;

  /**
   * A runner.
   *
   * @param evaluator evaluates a case with parameter overrides
   */
  public ScenarioRunner(BiFunction<PolicyCase, Map<String, String>, Decision> evaluator) {
    this.evaluator = evaluator;
  }

  /**
   * Runs every scenario.
   *
   * @param files the scenario files
   * @return one result per file
   */
  public List<ScenarioResult> runAll(List<RuleFile> files) {
    // scenarios are independent (one session each, thread-safe evaluator): use every core, keep order
    return files.parallelStream().map(this::run).toList();
  }

  /**
   * Runs one scenario file.
   *
   * @param f the file
   * @return the result; a malformed file fails with the reason
   */
  public ScenarioResult run(RuleFile f) {
    JsonNode root;
    try {
      root = HezuoJson.mapper().readTree(f.text());
    } catch (IOException e) {
      String at = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
          && j.getLocation() != null && j.getLocation().getLineNr() > 0
          ? "第" + j.getLocation().getLineNr() + "行第" + j.getLocation().getColumnNr() + "列：" : "";
      String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
          ? j.getOriginalMessage() : e.getMessage();
      return fail(f, f.path(), "场景文件不是有效的JSON，" + at
          + "检查引号、逗号和括号是否成对，键名是否用双引号（" + why + "）");
    }
    String name = root.path("name").asText(f.path());
    JsonNode expect = root.path("expect");
    if (!root.has("case") || !expect.has("outcome")) {
      return fail(f, name, "场景文件必须包含 case 和 expect.outcome");
    }
    String outcome = expect.path("outcome").asText();
    if (java.util.Arrays.stream(org.hezuo.api.decision.Outcome.values())
        .noneMatch(o -> o.name().equals(outcome))) {
      return fail(f, name, "expect.outcome 的值“" + outcome + "”无效，应为 COMPLIANT（符合）、"
          + "NON_COMPLIANT（不符合）、REVIEW（需人工复核）或 INVALID（输入有误）");
    }
    var read = HezuoJson.read(root.get("case").toString().getBytes(
        java.nio.charset.StandardCharsets.UTF_8), PolicyCase.class);
    if (!read.ok()) {
      StringBuilder why = new StringBuilder("场景中的案件无法读取：");
      for (var e : read.errors()) {
        why.append("case.").append(e.path()).append("：").append(e.message())
            .append("（").append(e.code()).append("）；");
      }
      return fail(f, name, why.substring(0, why.length() - 1));
    }
    Map<String, String> params = new LinkedHashMap<>();
    root.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
    Decision d;
    try {
      d = evaluator.apply(read.value(), params);
    } catch (RuntimeException e) {
      return fail(f, name, "评估出错：" + describe(e));
    }
    return new ScenarioResult(f.path(), name, true, List.of()).withMismatches(compare(expect, d));
  }

  /** The exception and, when Drools wrapped it, the message of its root cause (e.g. a rule helper's). */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e || root.getMessage() == null ? e.toString() : e + "：" + root.getMessage();
  }

  private static ScenarioResult fail(RuleFile f, String name, String why) {
    return new ScenarioResult(f.path(), name, false, List.of(why));
  }

  static List<String> compare(JsonNode expect, Decision d) {
    List<String> mismatches = new ArrayList<>();
    // a rule that threw: say which and why before the differences it caused
    for (Finding fi : d.findings()) {
      if (fi.code().equals("RULE_ERROR")) {
        mismatches.add(fi.clauseSource() + "："
            + fi.message().replaceFirst("^规则执行出错，本案需人工复核：(第\\d+行)?", ""));
      }
    }
    String outcome = expect.path("outcome").asText();
    if (!outcome.equals(d.outcome().name())) {
      mismatches.add("期望结论 " + outcome + "，实际 " + d.outcome().name()
          + (d.errors().isEmpty() ? "" : "（字段错误：" + d.errors() + "）"));
    }
    TreeSet<String> expected = new TreeSet<>();
    expect.path("findings").forEach(n -> expected.add(n.asText()));
    TreeSet<String> actual = new TreeSet<>();
    TreeSet<String> infos = new TreeSet<>();
    for (Finding fi : d.findings()) {
      (fi.severity() == Severity.INFO ? infos : actual).add(fi.code());
    }
    if (!expected.equals(actual)) {
      mismatches.add("期望发现 " + expected + "，实际 " + actual);
    }
    for (JsonNode n : expect.path("info")) {
      if (!infos.contains(n.asText())) {
        mismatches.add("缺少说明性发现 " + n.asText() + "（实际 " + infos + "）");
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = expect.path("values").fields(); it.hasNext(); ) {
      var e = it.next();
      Object got = d.values().get(e.getKey());
      if (!same(e.getValue(), got)) {
        mismatches.add("计算值 " + e.getKey() + " 期望 " + e.getValue() + "，实际 " + got);
      }
    }
    return mismatches;
  }

  private static boolean same(JsonNode want, Object got) {
    if (got == null) {
      return want.isNull();
    }
    if (want.isNumber() || (got instanceof Number && want.isTextual())) {
      try {
        return new BigDecimal(want.asText()).compareTo(new BigDecimal(got.toString())) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    if (want.isBoolean()) {
      return got instanceof Boolean b && b == want.asBoolean();
    }
    return want.asText().equals(String.valueOf(got));
  }
}
