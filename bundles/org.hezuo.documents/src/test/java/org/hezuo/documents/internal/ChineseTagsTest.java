package org.hezuo.documents.internal;

import static org.hezuo.documents.internal.DocxTestSupport.docx;
import static org.hezuo.documents.internal.DocxTestSupport.paragraphs;
import static org.hezuo.documents.internal.DocxTestSupport.part;
import static org.hezuo.documents.internal.DocxTestSupport.pt;
import static org.hezuo.documents.internal.DocxTestSupport.tbl;
import static org.hezuo.documents.internal.DocxTestSupport.tc;
import static org.hezuo.documents.internal.DocxTestSupport.tr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.documents.DocumentInfo;
import org.hezuo.documents.GenerationResult;
import org.hezuo.documents.TemplateData;
import org.hezuo.documents.TemplateException;
import org.hezuo.json.HezuoJson;
import org.junit.jupiter.api.Test;

/** Tags written with the Chinese names of the fields, as a template author naturally writes them. */
class ChineseTagsTest {

  private static List<String> render(String body) throws Exception {
    PolicyCase c = HezuoJson.read(Files.readAllBytes(Path.of("../../examples/post-internship.json")), PolicyCase.class).value();
    CompiledTemplate t = TemplateCompiler.compile("中文标签", docx(body), TemplateData.SCHEMA);
    GenerationResult g = new TemplateRenderer(Deflater.DEFAULT_COMPRESSION).generate(t,
        new TemplateData(c, new DocumentInfo("QX-2026-001", "黔西市", java.time.LocalDate.of(2026, 8, 20), 4), null));
    assertTrue(g.ok(), () -> g.problems().toString());
    return paragraphs(part(g.document(), "word/document.xml"));
  }

  @Test
  void caseFieldsDocumentFieldsAndLoopItemsByTheirChineseNames() throws Exception {
    List<String> out = render(pt("编号：{{文书编号}}　学校：{{学校名称}}　企业：{{企业.名称}}（{{企业统一社会信用代码}}）")
        + tbl(tr(tc(pt("{{#each 学生}}{{姓名}}")), tc(pt("{{身份证号 | 脱敏}}")), tc(pt("{{出生日期 | 日期}}")),
            tc(pt("{{监护人姓名}}{{/each}}")))));
    assertEquals("编号：QX-2026-001　学校：黔西县中等职业学校　企业：黔西县兴黔建材有限公司（91520522MA6DK3P2X4）", out.get(0));
    assertEquals(List.of("张晓东", "520522********0311", "2008年5月12日", "张建华"), out.subList(1, 5));
  }

  @Test
  void aChineseNameFittingNoFieldOrSeveralIsRefusedWithTheNamesThatFit() {
    TemplateException e = assertThrows(TemplateException.class,
        () -> TemplateCompiler.compile("中文标签", docx(pt("{{名称}}")), TemplateData.SCHEMA));
    assertEquals("UNKNOWN_FIELD", e.problems().get(0).code());
    assertTrue(e.problems().get(0).message().contains("学校.名称（school.name）"), e.problems().get(0).message());
  }
}
