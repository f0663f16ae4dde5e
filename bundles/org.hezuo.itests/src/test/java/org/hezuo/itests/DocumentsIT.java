package org.hezuo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.inject.Inject;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hezuo.api.PolicyEvaluator;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The clerk's path inside Felix through {@code CaseDocumentService}: a compliant sample case gives
 * the template the manifest assigns to its case type (a .docx naming the parties, no tag left); a
 * non-compliant one is refused with POLICY_NON_COMPLIANT unless the clerk gives a reason, and then
 * the document is marked overridden.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DocumentsIT extends HezuoTestSupport {

  /** internship-tripartite-agreement takes POST_INTERNSHIP cases (templates/manifest.json). */
  private static final String TEMPLATE = "internship-tripartite-agreement";
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  @Inject
  @Filter(timeout = 300_000)
  private PolicyEvaluator evaluator;

  @Configuration
  public Option[] configuration() {
    return new Option[] {baseConfiguration()};
  }

  /** Configured once per framework: a second identical update re-creates the components. */
  private static boolean configured;

  @Before
  public void templates() throws Exception {
    if (!configured) {
      Path templates = Path.of(System.getProperty("hezuo.itest.templates"));
      assertTrue(InFramework.documentTemplates(bundleContext, templates).contains(TEMPLATE));
      configured = true;
    }
  }

  @Test
  public void aCompliantCaseGivesADocxNamingThePartiesWithNoTagLeft() throws Exception {
    Docs.Result r = Docs.generate(bundleContext, examplesDir().resolve("post-internship.json"), TEMPLATE, null);
    assertTrue(r.toString(), r.ok());
    assertEquals("COMPLIANT", r.outcome());
    assertFalse(r.overridden());
    assertTrue(r.fileName(), r.fileName().endsWith(".docx"));
    String text = documentText(r.docx());
    for (String party : List.of("黔西县中等职业学校", "黔西县兴黔建材有限公司", "张晓东", "李雨涵", "罗文杰")) {
      assertTrue(party + " missing from the document", text.contains(party));
    }
    assertFalse("a tag left in the document", text.contains("{{"));
    assertFalse("a tag left in the document", text.contains("}}"));
  }

  @Test
  public void aNonCompliantCaseIsRefused() throws Exception {
    Docs.Result r = Docs.generate(bundleContext, examplesDir().resolve("post-internship-violations.json"), TEMPLATE, null);
    assertFalse(r.toString(), r.ok());
    assertEquals("NON_COMPLIANT", r.outcome());
    assertNull(r.docx());
    assertEquals(r.toString(), "POLICY_NON_COMPLIANT", r.problemCodes().get(0));
    assertTrue("the blocking findings are listed: " + r, r.problemCodes().size() > 1);
  }

  @Test
  public void aNonCompliantCaseWithAnOverrideReasonIsGeneratedAndMarked() throws Exception {
    String reason = "经分管校领导批准，先签订协议，整改后再安排实习";
    Docs.Result r = Docs.generate(bundleContext, examplesDir().resolve("post-internship-violations.json"), TEMPLATE, reason);
    assertTrue(r.toString(), r.ok());
    assertEquals("NON_COMPLIANT", r.outcome());
    assertTrue(r.overridden());
    assertEquals(reason, r.overrideReason());
    assertNotNull(r.ruleVersion());
    assertEquals(evaluator.version(), r.ruleVersion());
    String text = documentText(r.docx());
    assertTrue(text.contains("黔西县中等职业学校"));
    assertFalse(text.contains("{{"));
  }

  @Test
  public void aTemplateForAnotherCaseTypeIsRefused() throws Exception {
    Docs.Result r = Docs.generate(bundleContext, examplesDir().resolve("teacher-practice.json"), TEMPLATE, null);
    assertFalse(r.ok());
    assertEquals(List.of("TEMPLATE_CASE_TYPE"), r.problemCodes());
  }

  /** The text of word/document.xml, read namespace-aware (w:t in the WordprocessingML namespace). */
  private static String documentText(byte[] docx) throws Exception {
    assertNotNull(docx);
    byte[] xml = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("word/document.xml")) {
          xml = zip.readAllBytes();
        }
      }
    }
    assertNotNull("no word/document.xml", xml);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    NodeList ts = doc.getElementsByTagNameNS(W, "t");
    assertNotEquals("no w:t in the document", 0, ts.getLength());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < ts.getLength(); i++) {
      sb.append(ts.item(i).getTextContent());
    }
    return sb.toString();
  }

  /**
   * Calls into the documents bundle. A nested class so that the driver JVM, which does not see the
   * documents bundle's types, never loads it.
   */
  static final class Docs {
    record Result(boolean ok, String outcome, String ruleVersion, boolean overridden,
        String overrideReason, String fileName, byte[] docx, List<String> problemCodes,
        String problems) {
      @Override
      public String toString() {
        return "ok=" + ok + " outcome=" + outcome + " overridden=" + overridden + " problems=" + problems;
      }
    }

    static Result generate(org.osgi.framework.BundleContext ctx, Path sample, String template,
        String overrideReason) throws Exception {
      InFramework.Read read = InFramework.readCase(Files.readAllBytes(sample));
      assertEquals(List.of(), read.errors());
      org.osgi.util.tracker.ServiceTracker<org.hezuo.documents.CaseDocumentService,
          org.hezuo.documents.CaseDocumentService> t = new org.osgi.util.tracker.ServiceTracker<>(
              ctx, org.hezuo.documents.CaseDocumentService.class, null);
      t.open();
      try {
        org.hezuo.documents.CaseDocumentService s = t.waitForService(60_000);
        assertNotNull("no CaseDocumentService", s);
        org.hezuo.documents.DocumentInfo doc = new org.hezuo.documents.DocumentInfo(
            "黔职实协〔2026〕19号", "贵州省黔西市", LocalDate.of(2026, 6, 20), 3);
        org.hezuo.documents.CaseDocument d = s.generate(new org.hezuo.documents.CaseDocumentRequest(
            template, read.value(), doc, false, overrideReason, "itest-clerk"));
        List<String> codes = new ArrayList<>();
        d.problems().forEach(p -> codes.add(p.code()));
        return new Result(d.ok(), d.decision() == null ? null : d.decision().outcome().name(),
            d.decision() == null ? null : d.decision().ruleVersion(), d.overridden(),
            d.overrideReason(), d.fileName(), d.document(), codes, d.problems().toString());
      } finally {
        t.close();
      }
    }
  }
}
