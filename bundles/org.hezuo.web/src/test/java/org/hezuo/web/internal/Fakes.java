package org.hezuo.web.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.admin.PackInfo;
import org.hezuo.api.admin.PolicyRules;
import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.admin.RulesStatus;
import org.hezuo.api.admin.ScenarioResult;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.decision.Finding;
import org.hezuo.api.decision.Outcome;
import org.hezuo.api.decision.Severity;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.documents.DocumentField;
import org.hezuo.documents.DocumentProblem;
import org.hezuo.documents.DocumentService;
import org.hezuo.documents.GenerationResult;

/** Fake services and request helpers for the web tests. */
final class Fakes {
  static final String CLAUSE_SOURCE = "《职业学校学生实习管理规定》第十六条";

  private Fakes() {}

  /** The real case → decision → document flow over the fake evaluator and documents. */
  static org.hezuo.documents.CaseDocumentService caseDocuments(Path manifest) {
    return new org.hezuo.documents.internal.PolicyCheckedDocuments(new Evaluator(), new Documents(),
        org.hezuo.documents.internal.TemplateManifest.watching(manifest.getParent()));
  }

  /** Compliant unless the title contains 违规; invalid without a case id. */
  static final class Evaluator implements PolicyEvaluator {
    @Override
    public Decision evaluate(PolicyCase c) {
      if (c.getCaseId() == null || c.getCaseId().isBlank()) {
        List<FieldError> errors = List.of(new FieldError("caseId", "案件编号", "NOT_BLANK", "不能为空"));
        return decision(c, Outcome.INVALID, List.of(), errors);
      }
      List<Finding> findings = new ArrayList<>();
      if (c.getTitle() != null && c.getTitle().contains("违规")) {
        findings.add(new Finding("INTERN_UNDER_16", Severity.BLOCK, "学生未满16周岁，不得安排岗位实习", "INT21-16-2",
            CLAUSE_SOURCE, "不得安排未满16周岁的学生参加岗位实习", "under16", List.of("students[0].birthDate")));
      }
      return decision(c, Decision.outcomeOf(findings), findings, List.of());
    }

    private static Decision decision(PolicyCase c, Outcome o, List<Finding> f, List<FieldError> e) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("internRatio", 0.1);
      return new Decision(c.getCaseId(), c.getCaseType() == null ? null : c.getCaseType().name(), o, o.label(), f, values, e,
          "v1abc", "h123", List.of("r1"), LocalDate.of(2026, 9, 1), Instant.parse("2026-09-01T00:00:00Z"));
    }

    @Override
    public String version() {
      return "v1abc";
    }
  }

  /** The real batch over {@link #caseDocuments} and the fake documents. */
  static org.hezuo.documents.CaseBatchService batch(Path manifest) {
    return new org.hezuo.documents.batch.internal.CaseBatch(caseDocuments(manifest), new Documents());
  }

  /** Refuses a directory holding a file whose content contains "broken", naming file and line. */
  static final class Rules implements PolicyRules {
    final Path dir;
    Path lastValidated;
    final List<String> actors = new ArrayList<>();

    Rules(Path dir) {
      this.dir = dir;
    }

    @Override
    public RulesStatus status() {
      return new RulesStatus("v1abc", Instant.parse("2026-09-01T00:00:00Z"), dir.toString(),
          List.of(new PackInfo("national-internship", 12, 30)), 30, null, null);
    }

    @Override
    public ActivationReport validate(Path directory) {
      lastValidated = directory;
      List<RuleProblem> problems = new ArrayList<>();
      try (var files = Files.walk(directory)) {
        for (Path p : files.filter(Files::isRegularFile).toList()) {
          List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("broken")) {
              problems.add(new RuleProblem(directory.relativize(p).toString().replace('\\', '/'), i + 1, 1, "DRL_COMPILE", "无法解析：broken"));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<ScenarioResult> scenarios = problems.isEmpty()
          ? List.of(new ScenarioResult("national-internship/tests/a.json", "基线", true, List.of()))
          : List.of();
      return new ActivationReport("v2def", false, null, directory.toString(), List.of(), List.of(), List.of(),
          problems, scenarios, problems.isEmpty() ? 12 : 0, 5, Instant.now());
    }

    @Override
    public ActivationReport activate(String actor) {
      actors.add(actor);
      return new ActivationReport("v1abc", true, actor, dir.toString(), List.of(), List.of(), List.of(), List.of(), List.of(), 12, 5, Instant.now());
    }

    @Override
    public ActivationReport rollback(String version, String actor) {
      actors.add(actor);
      return new ActivationReport(version, true, actor, "rollback:" + version, List.of(), List.of(), List.of(), List.of(), List.of(), 12, 5, Instant.now());
    }

    @Override
    public List<ActivationReport> history() {
      return List.of();
    }

    @Override
    public List<String> versions() {
      return List.of("v1abc", "v0old");
    }

    @Override
    public List<ScenarioResult> runScenarios(String pack) {
      return List.of(new ScenarioResult("national-internship/tests/a.json", "基线", true, List.of()),
          new ScenarioResult("national-internship/tests/b.json", "未满16岁", false, List.of("期望结论 NON_COMPLIANT，实际 COMPLIANT")));
    }
  }

  /**
   * Renders a fixed document; knows two templates: the agreement needs a number and 份数 (每方各执
   * 份数 defaults to 一), the notice takes an optional deadline.
   */
  static final class Documents implements DocumentService {
    @Override
    public GenerationResult generate(String templateId, Object data) {
      if (!templateIds().contains(templateId)) {
        return GenerationResult.failed(List.of(new DocumentProblem("UNKNOWN_TEMPLATE", "没有模板", templateId, "", "")));
      }
      return GenerationResult.of(new byte[] {'P', 'K', 3, 4});
    }

    @Override
    public GenerationResult generatePdf(String templateId, Object data) {
      return generate(templateId, data);
    }

    @Override
    public List<DocumentField> documentFields(String templateId) {
      return switch (templateId) {
        case "cooperation-agreement" -> List.of(
            new DocumentField("number", "文书编号", DocumentField.Type.TEXT, true, null),
            new DocumentField("copies", "份数（一式几份）", DocumentField.Type.INTEGER, true, null),
            new DocumentField("copiesEach", "每方各执份数", DocumentField.Type.INTEGER, false, "一"));
        case "refund-notice" -> List.of(new DocumentField("dueDate", "期限", DocumentField.Type.DATE, false, null));
        default -> List.of();
      };
    }

    @Override
    public Set<String> templateIds() {
      // a template an author dropped in under a Chinese name, not described by the manifest
      return Set.of("cooperation-agreement", "refund-notice", "实习安排表");
    }

    @Override
    public List<DocumentProblem> templateProblems() {
      return List.of(new DocumentProblem("UNKNOWN_FIELD", "没有字段“school.nmae”", "坏模板", "学校：{{school.nmae}}", "school.nmae"));
    }

    /** Refuses a template whose bytes hold "nmae", as the compiler refuses an unknown field. */
    @Override
    public List<DocumentProblem> checkTemplate(String templateId, byte[] docx) {
      return new String(docx, StandardCharsets.UTF_8).contains("nmae")
          ? List.of(new DocumentProblem("UNKNOWN_FIELD", "模板引用了不存在的字段“school.nmae”", templateId, "学校：{{school.nmae}}", "school.nmae"))
          : List.of();
    }

    @Override
    public List<DocumentProblem> installTemplate(String templateId, byte[] docx) {
      return checkTemplate(templateId, docx);
    }
  }

  static ApiRequest request(String method, String path, WebPrincipal who, String contentType, String body, Map<String, String> extraHeaders) {
    Map<String, String> h = new LinkedHashMap<>(extraHeaders);
    if (contentType != null) {
      h.put("Content-Type", contentType);
    }
    byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    String p = path;
    Map<String, String> query = Map.of();
    int q = path.indexOf('?');
    if (q >= 0) {
      p = path.substring(0, q);
      query = ApiServlet.query(path.substring(q + 1));
    }
    return new ApiRequest(method, p, query, ApiRequest.headersOf(h), b.length, new ByteArrayInputStream(b), who);
  }
}
