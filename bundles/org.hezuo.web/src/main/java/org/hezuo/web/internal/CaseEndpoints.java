package org.hezuo.web.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.decision.Outcome;
import org.hezuo.api.model.CaseType;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.documents.DocumentInfo;
import org.hezuo.documents.CaseDocument;
import org.hezuo.documents.CaseDocumentRequest;
import org.hezuo.documents.CaseDocumentService;
import org.hezuo.documents.DocumentService;
import org.hezuo.documents.GenerationResult;
import org.hezuo.documents.TemplateData;
import org.hezuo.json.HezuoJson;
import org.hezuo.json.ReadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clerk endpoints: case types, schemas, evaluation, templates and document generation.
 *
 * @see RestApi
 */
public final class CaseEndpoints {
  private static final Logger LOG = LoggerFactory.getLogger(CaseEndpoints.class);
  private static final Logger AUDIT = LoggerFactory.getLogger("org.hezuo.audit");
  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final PolicyEvaluator evaluator;
  private final DocumentService documents;
  private final CaseDocumentService caseDocuments;
  private final TemplateCatalog catalog;
  private final EvaluationGate gate;
  private final SchemaGenerator schemas = new SchemaGenerator();

  /**
   * Creates the endpoints.
   *
   * @param evaluator the evaluator
   * @param documents the document service, or null when documents are not installed
   * @param caseDocuments the case → decision → document flow, or null when documents are not installed
   * @param catalog the template catalog
   * @param gate bounds the evaluations (and document generations) running at once
   */
  CaseEndpoints(PolicyEvaluator evaluator, DocumentService documents,
      CaseDocumentService caseDocuments, TemplateCatalog catalog, EvaluationGate gate) {
    this.evaluator = evaluator;
    this.documents = documents;
    this.caseDocuments = caseDocuments;
    this.catalog = catalog;
    this.gate = gate;
  }

  ApiResponse caseTypes() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (CaseType t : CaseType.values()) {
      out.add(Map.of("code", t.name(), "label", t.label(), "sections", SchemaGenerator.sections(t)));
    }
    return ApiResponse.json(200, out);
  }

  ApiResponse schema(String code) {
    CaseType type = CaseType.fromText(code.replace('-', '_'));
    if (type == null) {
      return ApiResponse.error(404, "UNKNOWN_CASE_TYPE", "没有这种案件类型：" + code);
    }
    return ApiResponse.json(200, schemas.schema(type));
  }

  ApiResponse evaluate(ApiRequest r, byte[] body) {
    ReadResult<PolicyCase> read = readCase(body);
    if (!read.errors().isEmpty()) {
      return invalid(read.errors(), null);
    }
    return decide(read.value(), d -> ApiResponse.json(200, d));
  }

  ApiResponse templates() {
    if (documents == null) {
      return ApiResponse.json(200, List.of());
    }
    return ApiResponse.json(200, catalog.templates(documents));
  }

  /**
   * The templates that are not in force as saved, and why: refused at loading, or a refused new
   * save while the previous version serves.
   *
   * @return 200 with a list of {template, code, message, where, path}
   */
  ApiResponse templateProblems() {
    if (documents == null) {
      return ApiResponse.json(200, List.of());
    }
    return ApiResponse.json(200, problems(documents.templateProblems()));
  }

  /** The media types a .docx upload may come with. */
  private static final java.util.Set<String> DOCX_TYPES = java.util.Set.of(DOCX, "application/octet-stream");

  /**
   * Checks an uploaded template without putting it in force.
   *
   * @param r the request (a .docx body)
   * @param templateId the id it would have
   * @param body the .docx bytes
   * @return 200 with {@code ok} and the {@code problems}; 415 for another media type
   */
  ApiResponse checkTemplate(ApiRequest r, String templateId, byte[] body) {
    if (documents == null) {
      return ApiResponse.error(503, "DOCUMENTS_UNAVAILABLE", "文书服务未启动");
    }
    if (!DOCX_TYPES.contains(r.mediaType())) {
      return notDocx(r);
    }
    List<org.hezuo.documents.DocumentProblem> problems = documents.checkTemplate(templateId, body);
    return ApiResponse.json(200, Map.of("template", templateId, "ok", problems.isEmpty(), "problems", problems(problems)));
  }

  /**
   * Puts an uploaded template in force (adds it, or replaces the template of that id) when it compiles.
   *
   * @param r the request (a .docx body)
   * @param templateId the id
   * @param body the .docx bytes
   * @return 200 when in force; 400 {@code TEMPLATE_REFUSED} with the problems, the templates in force unchanged
   */
  ApiResponse installTemplate(ApiRequest r, String templateId, byte[] body) {
    if (documents == null) {
      return ApiResponse.error(503, "DOCUMENTS_UNAVAILABLE", "文书服务未启动");
    }
    if (!DOCX_TYPES.contains(r.mediaType())) {
      return notDocx(r);
    }
    boolean replaced = documents.templateIds().contains(templateId);
    List<org.hezuo.documents.DocumentProblem> problems = documents.installTemplate(templateId, body);
    String who = r.principal() == null ? "" : r.principal().user();
    if (!problems.isEmpty()) {
      LOG.info("template {} refused, uploaded by {}: {}", templateId, who, problems.get(0));
      return ApiResponse.error(400, "TEMPLATE_REFUSED", "模板“" + templateId + "”未启用（在用的模板不变）："
          + problems.get(0).message(), Map.of("problems", problems(problems)));
    }
    LOG.info("template {} {} by {}", templateId, replaced ? "replaced" : "added", who);
    return ApiResponse.json(200, Map.of("template", templateId, "ok", true, "replaced", replaced));
  }

  private static ApiResponse notDocx(ApiRequest r) {
    return ApiResponse.error(415, "UNSUPPORTED_MEDIA_TYPE",
        "请上传 Word .docx 文件（Content-Type: " + DOCX + "），实际为“" + r.mediaType() + "”");
  }

  private static List<Map<String, String>> problems(List<org.hezuo.documents.DocumentProblem> ps) {
    return ps.stream().map(p -> Map.of("template", p.template(), "code", p.code(), "message", p.message(),
        "where", p.where(), "path", p.path())).toList();
  }

  /**
   * The 404 for a template that is not in force; a template refused at loading says why.
   *
   * @param documents the document service
   * @param templateId the id asked for
   * @return 404 {@code UNKNOWN_TEMPLATE}
   */
  static ApiResponse unknownTemplate(DocumentService documents, String templateId) {
    String why = documents.templateProblems(templateId).stream()
        .map(org.hezuo.documents.DocumentProblem::toString).findFirst()
        .map(p -> "（模板加载时被拒绝，请修改模板：" + p + "）").orElse("");
    return ApiResponse.error(404, "UNKNOWN_TEMPLATE", "没有这个模板：" + templateId + why);
  }

  ApiResponse document(ApiRequest r, String templateId, byte[] body) {
    if (documents == null || caseDocuments == null) {
      return ApiResponse.error(503, "DOCUMENTS_UNAVAILABLE", "文书服务未启动");
    }
    Map<String, Object> template = catalog.find(templateId, documents);
    if (template == null) {
      return unknownTemplate(documents, templateId);
    }
    PolicyCase theCase = null;
    DocumentInfo doc = null;
    if (caseFirst(body)) {
      // the usual body, {"case": …, "doc": …}: bound in one pass; anything amiss is read again
      // below, which names each mistake as before
      ReadResult<CaseAndDoc> quick = HezuoJson.read(body, CaseAndDoc.class);
      if (quick.errors().isEmpty() && quick.value() != null && quick.value().policyCase() != null) {
        theCase = quick.value().policyCase();
        doc = quick.value().doc();
      }
    }
    if (theCase == null) {
      JsonNode root;
      try {
        root = HezuoJson.mapper().readTree(body);
      } catch (IOException e) {
        return invalid(HezuoJson.read(body, PolicyCase.class).errors(), null);
      }
      boolean wrapped = root != null && root.isObject() && root.has("case");
      ReadResult<PolicyCase> read = readCase(wrapped ? root.get("case") : root);
      if (!read.errors().isEmpty()) {
        return invalid(prefix(read.errors(), wrapped ? "case" : ""), null);
      }
      theCase = read.value();
      if (wrapped && root.hasNonNull("doc")) {
        ReadResult<DocumentInfo> d = read(root.get("doc"), DocumentInfo.class);
        if (!d.errors().isEmpty()) {
          return invalidDoc(prefix(d.errors(), "doc"));
        }
        doc = d.value();
      }
    }
    List<FieldError> docErrors = (doc == null ? new DocumentInfo() : doc).check(documents.documentFields(templateId));
    if (!docErrors.isEmpty()) {
      return invalidDoc(docErrors);
    }
    return generate(r, template, theCase, doc);
  }

  /**
   * A document request's body as clients usually send it.
   *
   * @param policyCase the case
   * @param doc the document's own fields, or null
   */
  record CaseAndDoc(@JsonProperty("case") PolicyCase policyCase, DocumentInfo doc) {}

  private static final byte[] CASE_KEY = "\"case\"".getBytes(StandardCharsets.US_ASCII);

  /** Whether the body is a JSON object whose first member is {@code "case"}. */
  static boolean caseFirst(byte[] body) {
    int i = skipSpace(body, 0);
    if (i >= body.length || body[i] != '{') {
      return false;
    }
    i = skipSpace(body, i + 1);
    if (body.length - i < CASE_KEY.length
        || !java.util.Arrays.equals(body, i, i + CASE_KEY.length, CASE_KEY, 0, CASE_KEY.length)) {
      return false;
    }
    i = skipSpace(body, i + CASE_KEY.length);
    return i < body.length && body[i] == ':';
  }

  private static int skipSpace(byte[] b, int i) {
    while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * The 400 for a document block that misses what the template needs or holds a bad value.
   *
   * @param errors field errors with paths {@code doc.…}
   * @return the response, code {@code INVALID_DOC}
   */
  static ApiResponse invalidDoc(List<FieldError> errors) {
    return ApiResponse.error(400, "INVALID_DOC", "文书信息有误，共 " + errors.size() + " 处，请按提示填写",
        Map.of("errors", errors));
  }

  private ApiResponse generate(ApiRequest r, Map<String, Object> template, PolicyCase c, DocumentInfo doc) {
    boolean override = "true".equalsIgnoreCase(r.query().get("override"));
    String reason = r.query().getOrDefault("reason", "").trim();
    if (override && reason.isEmpty()) {
      return ApiResponse.error(400, "OVERRIDE_REASON_REQUIRED", "强制生成须填写理由（reason）");
    }
    String id = (String) template.get("id");
    String user = r.principal() == null ? "" : r.principal().user();
    CaseDocument result;
    try {
      CaseDocumentRequest request = new CaseDocumentRequest(id, c, doc, false, override ? reason : null, user);
      result = gate.run(() -> caseDocuments.generate(request));
    } catch (IllegalStateException e) {
      return notReady();
    } catch (InterruptedException e) {
      return stopping();
    }
    Decision d = result.decision();
    if (!result.ok()) {
      String code = result.problems().get(0).code();
      if (d != null && d.outcome() == Outcome.INVALID) {
        return invalid(d.errors(), d);
      }
      return switch (code) {
        case "POLICY_NON_COMPLIANT" -> ApiResponse.error(409, "DECISION_NON_COMPLIANT",
            result.problems().get(0).message(), Map.of("decision", d, "problems", result.problems()));
        case "TEMPLATE_CASE_TYPE" -> ApiResponse.error(400, code, result.problems().get(0).message());
        case "UNKNOWN_TEMPLATE" -> ApiResponse.error(404, code, result.problems().get(0).message());
        default -> ApiResponse.error(422, "DOCUMENT_PROBLEMS", "文书未生成：案件缺少模板需要的内容",
            Map.of("problems", result.problems()));
      };
    }
    AUDIT.info("document template={} case={} outcome={} ruleVersion={} caseHash={} user={} override={} reason={}",
        id, c.getCaseId(), d.outcome(), d.ruleVersion(), d.caseHash(), user, result.overridden(), reason);
    ApiResponse resp = ApiResponse.bytes(200, DOCX, result.document())
        .with("Content-Disposition", "attachment; filename=\"" + id + ".docx\"; filename*=UTF-8''" + enc(result.fileName()))
        .with("X-Hezuo-Decision-Outcome", d.outcome().name())
        .with("X-Hezuo-Rule-Version", String.valueOf(d.ruleVersion()))
        .with("X-Hezuo-Case-Hash", String.valueOf(d.caseHash()));
    if (result.overridden()) {
      resp.with("X-Hezuo-Override", "true").with("X-Hezuo-Override-Reason", enc(reason)).with("X-Hezuo-Override-User", enc(user));
    }
    return resp;
  }

  private ApiResponse decide(PolicyCase c, java.util.function.Function<Decision, ApiResponse> then) {
    Decision d;
    try {
      d = gate.run(() -> evaluator.evaluate(c));
    } catch (IllegalStateException e) {
      return notReady();
    } catch (InterruptedException e) {
      return stopping();
    }
    if (d.outcome() == Outcome.INVALID) {
      return invalid(d.errors(), d);
    }
    return then.apply(d);
  }

  private static ApiResponse notReady() {
    return ApiResponse.error(503, "RULES_NOT_READY", "规则尚未启用（系统正在启动或规则有误），请稍后再试");
  }

  private static ApiResponse stopping() {
    Thread.currentThread().interrupt();
    return ApiResponse.error(503, "SHUTTING_DOWN", "服务正在停止，请稍后再试");
  }

  private static ApiResponse invalid(List<FieldError> errors, Decision d) {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("errors", errors);
    if (d != null) {
      extra.put("decision", d);
    }
    return ApiResponse.error(400, "INVALID_CASE", "案件内容有误，共 " + errors.size() + " 处，请按提示修改", extra);
  }

  private static ReadResult<PolicyCase> readCase(byte[] body) {
    return nonEmpty(HezuoJson.read(body, PolicyCase.class));
  }

  private static ReadResult<PolicyCase> readCase(JsonNode node) {
    return nonEmpty(read(node, PolicyCase.class));
  }

  private static ReadResult<PolicyCase> nonEmpty(ReadResult<PolicyCase> read) {
    if (read.errors().isEmpty() && read.value() == null) {
      return new ReadResult<>(null, List.of(new FieldError("", "", "EMPTY_CASE", "请求中没有案件内容")));
    }
    return read;
  }

  /**
   * Binds a part of an already parsed body. A well-formed object binds straight from the tree; only
   * when that fails is the part written out and read again, for {@link HezuoJson#read}'s field errors.
   */
  private static <T> ReadResult<T> read(JsonNode node, Class<T> type) {
    if (node != null && node.isObject()) {
      try {
        return new ReadResult<>(HezuoJson.mapper().treeToValue(node, type), List.of());
      } catch (JsonProcessingException | IllegalArgumentException e) {
        // fall through
      }
    }
    return HezuoJson.read(bytes(node), type);
  }

  private static List<FieldError> prefix(List<FieldError> errors, String prefix) {
    if (prefix.isEmpty()) {
      return errors;
    }
    return errors.stream()
        .map(e -> new FieldError(join(prefix, e.path()), join(prefix, e.label()), e.code(), e.message()))
        .toList();
  }

  private static String join(String prefix, String path) {
    return path == null || path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
  }

  private static byte[] bytes(JsonNode n) {
    return HezuoJson.writeCompact(n);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
