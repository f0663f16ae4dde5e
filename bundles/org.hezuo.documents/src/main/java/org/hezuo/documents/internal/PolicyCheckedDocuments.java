package org.hezuo.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.Finding;
import org.hezuo.api.decision.Outcome;
import org.hezuo.api.decision.Severity;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.documents.CaseDocument;
import org.hezuo.documents.CaseDocumentRequest;
import org.hezuo.documents.CaseDocumentService;
import org.hezuo.documents.DocumentInfo;
import org.hezuo.documents.DocumentProblem;
import org.hezuo.documents.DocumentService;
import org.hezuo.documents.GenerationResult;
import org.hezuo.documents.TemplateData;

/**
 * Plain-Java core of {@link CaseDocumentService}: template fits the case type → policy decision →
 * refusal of a 不符合 decision unless overridden with a reason → render with the decision.
 */
public final class PolicyCheckedDocuments implements CaseDocumentService {
  private final PolicyEvaluator evaluator;
  private final DocumentService documents;
  private final Supplier<TemplateManifest> manifest;

  /**
   * The flow over an evaluator, a document service and the templates' manifest.
   *
   * @param evaluator the policy evaluator
   * @param documents the document service
   * @param manifest gives the manifest in force (templates it does not describe take its defaults)
   */
  public PolicyCheckedDocuments(PolicyEvaluator evaluator, DocumentService documents,
      Supplier<TemplateManifest> manifest) {
    this.evaluator = evaluator;
    this.documents = documents;
    this.manifest = manifest;
  }

  @Override
  public CaseDocument generate(CaseDocumentRequest r) {
    String id = r.templateId();
    if (!documents.templateIds().contains(id)) {
      // a template refused at loading says why
      String why = documents.templateProblems(id).stream()
          .map(DocumentProblem::toString).findFirst().map(p -> "，它加载时被拒绝，请修改模板：" + p).orElse("");
      return refused(null, r, problem(id, "UNKNOWN_TEMPLATE", "没有可用的模板“" + id + "”" + why));
    }
    TemplateManifest.Entry entry = manifest.get().entry(id);
    PolicyCase c = r.policyCase();
    if (c == null) {
      return refused(null, r, problem(id, "NO_CASE", "没有提供案件数据"));
    }
    // a template that names no case types takes any case
    if (c.getCaseType() != null && !entry.caseTypes().isEmpty()
        && !entry.caseTypes().contains(c.getCaseType().name())) {
      return refused(null, r, problem(id, "TEMPLATE_CASE_TYPE", "模板“" + entry.title() + "”不适用于"
          + c.getCaseType().label() + "案件（适用：" + String.join("、", entry.caseTypes()) + "）"));
    }
    if (entry.committeeKind() != null && c.getCommittee() != null && c.getCommittee().getKind() != null
        && !entry.committeeKind().equals(c.getCommittee().getKind().name())) {
      return refused(null, r, problem(id, "TEMPLATE_CASE_TYPE", "模板“" + entry.title() + "”不适用于"
          + c.getCommittee().getKind().label()));
    }
    Decision d = evaluator.evaluate(c);
    if (d.outcome() == Outcome.INVALID) {
      List<DocumentProblem> ps = new ArrayList<>();
      d.errors().forEach(e -> ps.add(new DocumentProblem(e.code(), e.label() + "：" + e.message(), id, "", e.path())));
      return new CaseDocument(d, null, null, false, null, r.actor(), ps);
    }
    boolean overridden = false;
    if (d.outcome() == Outcome.NON_COMPLIANT && entry.requiresCompliantDecision()) {
      if (r.overrideReason() == null || r.overrideReason().isBlank()) {
        List<DocumentProblem> ps = new ArrayList<>();
        ps.add(new DocumentProblem("POLICY_NON_COMPLIANT", "案件审查结论为不符合，不能生成“" + entry.title()
            + "”。如确需生成，请写明理由后强制生成（控制台选择“仍要生成”，命令行加 --override 理由）。", id, "", ""));
        for (Finding f : d.findings()) {
          if (f.severity() == Severity.BLOCK) {
            ps.add(new DocumentProblem(f.code(), f.message() + "（" + f.clauseSource() + "）", id, "",
                String.join(",", f.facts())));
          }
        }
        return new CaseDocument(d, null, null, false, null, r.actor(), ps);
      }
      overridden = true;
    }
    DocumentInfo doc = r.doc() == null ? new DocumentInfo() : r.doc();
    TemplateData data = new TemplateData(c, doc, d);
    GenerationResult g = r.pdf() ? documents.generatePdf(id, data) : documents.generate(id, data);
    if (!g.ok()) {
      return new CaseDocument(d, null, null, overridden, r.overrideReason(), r.actor(), g.problems());
    }
    String name = entry.title() + "-" + (doc.getNumber() != null ? doc.getNumber() : c.getCaseId())
        + (r.pdf() ? ".pdf" : ".docx");
    return new CaseDocument(d, g.document(), name.replaceAll("[\\\\/:*?\"<>|\\s]", "_"), overridden,
        overridden ? r.overrideReason() : null, r.actor(), List.of());
  }

  private static DocumentProblem problem(String template, String code, String message) {
    return new DocumentProblem(code, message, template == null ? "" : template, "", "");
  }

  private static CaseDocument refused(Decision d, CaseDocumentRequest r, DocumentProblem p) {
    return new CaseDocument(d, null, null, false, null, r.actor(), List.of(p));
  }
}
