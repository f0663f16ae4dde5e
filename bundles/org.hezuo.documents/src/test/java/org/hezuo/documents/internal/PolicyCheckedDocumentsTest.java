package org.hezuo.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.decision.Finding;
import org.hezuo.api.decision.Outcome;
import org.hezuo.api.decision.Severity;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.documents.CaseDocument;
import org.hezuo.documents.CaseDocumentRequest;
import org.hezuo.documents.DocumentInfo;
import org.hezuo.documents.TemplateData;
import org.hezuo.json.HezuoJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PolicyCheckedDocumentsTest {
  static final Path TEMPLATES = Path.of("../../templates");
  static TemplateDirectoryDocumentService documents;

  @BeforeAll
  static void load() throws Exception {
    documents = new TemplateDirectoryDocumentService(TEMPLATES, TemplateData.SCHEMA, false, "", 60, 0);
  }

  /** An evaluator that answers every case with a fixed outcome, as the rule base would. */
  private static PolicyEvaluator answering(Outcome outcome) {
    return new PolicyEvaluator() {
      @Override
      public Decision evaluate(PolicyCase c) {
        List<Finding> findings = outcome == Outcome.NON_COMPLIANT
            ? List.of(new Finding("INTERN_UNDER_16", Severity.BLOCK, "学生未满16周岁", "INT21-16-2",
                "《职业学校学生实习管理规定》 第十六条", "…", "r", List.of("students[0]")))
            : List.of();
        List<FieldError> errors = outcome == Outcome.INVALID
            ? List.of(new FieldError("students[0].birthDate", "学生[1].出生日期", "NOT_NULL", "必须填写"))
            : List.of();
        return new Decision(c.getCaseId(), c.getCaseType().name(), outcome, outcome.label(), findings,
            Map.of(), errors, "abc123def456", "0123456789ab", List.of(), c.getAsOf(), Instant.now());
      }

      @Override
      public String version() {
        return "abc123def456";
      }
    };
  }

  private static CaseDocument generate(Outcome outcome, String template, String override) throws Exception {
    return generate(new PolicyCheckedDocuments(answering(outcome), documents, TemplateManifest.watching(TEMPLATES)),
        template, override);
  }

  private static CaseDocument generate(PolicyCheckedDocuments flow, String template, String override)
      throws Exception {
    PolicyCase c = HezuoJson.read(Files.readAllBytes(Path.of("../../examples/post-internship.json")),
        PolicyCase.class).value();
    return flow.generate(new CaseDocumentRequest(template, c,
        new DocumentInfo("HZ-2026-001", "黔西县", java.time.LocalDate.of(2026, 8, 20), 3), false,
        override, "王办事员"));
  }

  @Test
  void compliantCaseGetsItsDocumentNamedAfterTheTemplate() throws Exception {
    CaseDocument d = generate(Outcome.COMPLIANT, "internship-tripartite-agreement", null);
    assertTrue(d.ok(), d.problems().toString());
    assertEquals("学生岗位实习三方协议-HZ-2026-001.docx", d.fileName());
    assertFalse(d.overridden());
    assertEquals('P', (char) d.document()[0]);
  }

  @Test
  void nonCompliantCaseIsRefusedNamingTheBlockingFindings() throws Exception {
    CaseDocument d = generate(Outcome.NON_COMPLIANT, "internship-tripartite-agreement", null);
    assertFalse(d.ok());
    assertEquals("POLICY_NON_COMPLIANT", d.problems().get(0).code());
    assertEquals("INTERN_UNDER_16", d.problems().get(1).code());
    assertTrue(d.problems().get(1).message().contains("第十六条"));
  }

  @Test
  void overrideWithAReasonIsRecorded() throws Exception {
    CaseDocument d = generate(Outcome.NON_COMPLIANT, "internship-tripartite-agreement", "经局领导批准，补签");
    assertTrue(d.ok(), d.problems().toString());
    assertTrue(d.overridden());
    assertEquals("经局领导批准，补签", d.overrideReason());
    assertEquals("王办事员", d.actor());
    assertEquals(Outcome.NON_COMPLIANT, d.decision().outcome());
  }

  @Test
  void blankOverrideReasonDoesNotOverride() throws Exception {
    assertFalse(generate(Outcome.NON_COMPLIANT, "internship-tripartite-agreement", "  ").ok());
  }

  @Test
  void templateForAnotherCaseTypeIsRefused() throws Exception {
    CaseDocument d = generate(Outcome.COMPLIANT, "consortium-agreement", null);
    assertEquals("TEMPLATE_CASE_TYPE", d.problems().get(0).code());
    assertNull(d.decision());
  }

  @Test
  void invalidCaseComesBackAsFieldProblems() throws Exception {
    CaseDocument d = generate(Outcome.INVALID, "internship-tripartite-agreement", null);
    assertEquals("NOT_NULL", d.problems().get(0).code());
    assertEquals("students[0].birthDate", d.problems().get(0).path());
  }

  @Test
  void unknownTemplateIsAProblemNotAnException() throws Exception {
    assertEquals("UNKNOWN_TEMPLATE", generate(Outcome.COMPLIANT, "no-such", null).problems().get(0).code());
  }

  @Test
  void aTemplateDroppedInWithoutAManifestEntryIsUsableAndFollowsTheManifestOnceItIsDescribed(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Files.copy(TEMPLATES.resolve("internship-tripartite-agreement.docx"), dir.resolve("实习协议（本校版）.docx"));
    var service = new TemplateDirectoryDocumentService(dir, TemplateData.SCHEMA, false, "", 60, 1);
    var manifest = TemplateManifest.watching(dir);
    String id = "实习协议（本校版）";

    // not described: any case type, titled by its id, a compliant decision needed
    CaseDocument d = generate(new PolicyCheckedDocuments(answering(Outcome.COMPLIANT), service, manifest), id, null);
    assertTrue(d.ok(), d.problems().toString());
    assertEquals(id + "-HZ-2026-001.docx", d.fileName());
    assertEquals("POLICY_NON_COMPLIANT", generate(new PolicyCheckedDocuments(answering(Outcome.NON_COMPLIANT),
        service, manifest), id, null).problems().get(0).code());

    // described while running: its title and case types apply from the next document on
    Files.writeString(dir.resolve("manifest.json"), "{\"templates\": [{\"id\": \"" + id
        + "\", \"title\": \"本校实习协议\", \"caseTypes\": [\"CONSORTIUM\"]}]}");
    CaseDocument refused = generate(new PolicyCheckedDocuments(answering(Outcome.COMPLIANT), service, manifest), id, null);
    assertEquals("TEMPLATE_CASE_TYPE", refused.problems().get(0).code());
    assertTrue(refused.problems().get(0).message().contains("本校实习协议"), refused.problems().get(0).message());

    // a manifest saved broken leaves the last one read in force
    Files.writeString(dir.resolve("manifest.json"), "{\"templates\": [");
    assertEquals("TEMPLATE_CASE_TYPE", generate(new PolicyCheckedDocuments(answering(Outcome.COMPLIANT), service,
        manifest), id, null).problems().get(0).code());
  }

  @Test
  void aRefusedTemplateSaysWhy(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Files.write(dir.resolve("bad.docx"), DocxTestSupport.docx(DocxTestSupport.pt("甲方：{{school.nmae}}")));
    var service = new TemplateDirectoryDocumentService(dir, TemplateData.SCHEMA, false, "", 60, 0);
    CaseDocument d = generate(new PolicyCheckedDocuments(answering(Outcome.COMPLIANT), service,
        TemplateManifest.watching(dir)), "bad", null);
    assertEquals("UNKNOWN_TEMPLATE", d.problems().get(0).code());
    assertTrue(d.problems().get(0).message().contains("[UNKNOWN_FIELD]"), d.problems().get(0).message());
    assertTrue(d.problems().get(0).message().contains("school.nmae"), d.problems().get(0).message());
  }
}
