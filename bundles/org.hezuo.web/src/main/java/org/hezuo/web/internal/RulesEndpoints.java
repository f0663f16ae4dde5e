package org.hezuo.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.admin.PolicyRules;
import org.hezuo.api.admin.ScenarioResult;
import org.hezuo.json.HezuoJson;

/**
 * The policy-staff endpoints over {@link PolicyRules}: status, history, versions, scenarios, and
 * checking, activating and rolling back rule files.
 *
 * @see RestApi
 */
public final class RulesEndpoints {
  private final PolicyRules rules;

  /**
   * Creates the endpoints.
   *
   * @param rules the rule administration service, or null when the rules bundle is not running
   */
  public RulesEndpoints(PolicyRules rules) {
    this.rules = rules;
  }

  ApiResponse status() {
    return rules == null ? unavailable() : ApiResponse.json(200, rules.status());
  }

  ApiResponse history() {
    return rules == null ? unavailable() : ApiResponse.json(200, rules.history());
  }

  ApiResponse versions() {
    return rules == null ? unavailable() : ApiResponse.json(200, rules.versions());
  }

  ApiResponse scenarios(String pack) {
    if (rules == null) {
      return unavailable();
    }
    List<ScenarioResult> results = rules.runScenarios(pack == null || pack.isBlank() ? null : pack);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("passed", results.stream().filter(ScenarioResult::passed).count());
    out.put("failed", results.stream().filter(s -> !s.passed()).count());
    out.put("results", results);
    return ApiResponse.json(200, out);
  }

  ApiResponse validate(ApiRequest r, byte[] body) {
    if (rules == null) {
      return unavailable();
    }
    String path;
    String content;
    String mt = r.mediaType();
    if (mt.equals("application/json")) {
      JsonNode n;
      try {
        n = HezuoJson.mapper().readTree(body);
      } catch (IOException e) {
        return ApiResponse.error(400, "JSON_SYNTAX", "JSON格式错误：" + e.getMessage().lines().findFirst().orElse(""));
      }
      path = n == null ? null : text(n, "path");
      content = n == null ? null : text(n, "content");
    } else if (mt.equals("multipart/form-data")) {
      Map<String, Multipart.Part> parts = Multipart.parse(r.header("Content-Type"), body);
      Multipart.Part file = parts.get("file");
      Multipart.Part p = parts.get("path");
      content = file == null ? null : file.content();
      path = p != null && !p.content().isBlank() ? p.content().trim() : file == null ? null : file.filename();
    } else {
      return ApiResponse.error(415, "UNSUPPORTED_MEDIA_TYPE", "规则文件请以 application/json（path、content）或 multipart/form-data（path、file）提交");
    }
    if (path == null || path.isBlank() || content == null) {
      return ApiResponse.error(400, "RULE_FILE_MISSING", "请提供规则文件的路径（path，如 national-internship/age.drl）和内容（content 或 file）");
    }
    if (!RuleFileCheck.safePath(path.trim())) {
      return ApiResponse.error(400, "RULE_FILE_PATH", "规则文件路径无效：应为规则目录内的相对路径，如 national-internship/age.drl，不能含 .. 或特殊字符");
    }
    try {
      ActivationReport report = RuleFileCheck.check(rules, path.trim(), content);
      return ApiResponse.json(200, report(report));
    } catch (UncheckedIOException e) {
      return ApiResponse.error(503, "RULE_CHECK_UNAVAILABLE", "无法准备规则副本进行检查：" + e.getCause().getMessage());
    }
  }

  ApiResponse activate(WebPrincipal who) {
    if (rules == null) {
      return unavailable();
    }
    ActivationReport report = rules.activate(who.user());
    return ApiResponse.json(report.activated() ? 200 : 409, report(report));
  }

  ApiResponse rollback(String version, WebPrincipal who) {
    if (rules == null) {
      return unavailable();
    }
    if (!rules.versions().contains(version)) {
      return ApiResponse.error(404, "UNKNOWN_VERSION", "没有保存这个规则版本：" + version);
    }
    ActivationReport report = rules.rollback(version, who.user());
    return ApiResponse.json(report.activated() ? 200 : 409, report(report));
  }

  /** The report with its Chinese summary and failed scenarios spelled out for the console. */
  private static Map<String, Object> report(ActivationReport report) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("report", report);
    out.put("ok", report.problems().isEmpty() && report.failedScenarios().isEmpty());
    out.put("summary", report.summary());
    out.put("failedScenarios", report.failedScenarios());
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isTextual() ? null : v.asText();
  }

  private static ApiResponse unavailable() {
    return ApiResponse.error(503, "RULES_UNAVAILABLE", "规则服务未启动");
  }
}
