package org.hezuo.documents.internal;

import static org.hezuo.documents.internal.DocxTestSupport.docx;
import static org.hezuo.documents.internal.DocxTestSupport.p;
import static org.hezuo.documents.internal.DocxTestSupport.paragraphs;
import static org.hezuo.documents.internal.DocxTestSupport.part;
import static org.hezuo.documents.internal.DocxTestSupport.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.hezuo.documents.DocumentProblem;
import org.hezuo.documents.FieldSchema;
import org.hezuo.documents.GenerationResult;
import org.hezuo.documents.TemplateException;
import org.junit.jupiter.api.Test;

/** Templates prepared for Word's mail merge (邮件合并): «…» fields are filled like tags. */
class MergeFieldsTest {
  private static final Map<String, Object> DATA = Map.of(
      "school", Map.of("name", "黔西县中等职业学校"),
      "students", List.of(Map.of("name", "张晓东", "idNumber", "520522200805120311")));

  private static String simple(String name) {
    return "<w:fldSimple w:instr=\" MERGEFIELD " + name + " \\* MERGEFORMAT \">" + r("«" + name + "»") + "</w:fldSimple>";
  }

  private static String complex(String instr, String shown) {
    return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">" + instr
        + "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        + r("<w:b/>", shown) + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
  }

  private static byte[] render(String body) {
    CompiledTemplate t = TemplateCompiler.compile("邮件合并模板", docx(body), FieldSchema.any());
    GenerationResult g = new TemplateRenderer(Deflater.DEFAULT_COMPRESSION).generate(t, DATA);
    assertTrue(g.ok(), () -> g.problems().toString());
    return g.document();
  }

  @Test
  void simpleAndComplexMergeFieldsNamedInChineseOrByPathAreFilled() {
    byte[] d = render(p(r("学校："), simple("学校名称"), r("，学生："), complex(" MERGEFIELD  学生姓名  ", "«学生姓名»"),
        r("，身份证号："), complex(" MERGEFIELD \"students.0.idNumber\" ", "«students.0.idNumber»")));
    assertEquals(List.of("学校：黔西县中等职业学校，学生：张晓东，身份证号：520522200805120311"),
        paragraphs(part(d, "word/document.xml")));
    String xml = new String(DocxTestSupport.unzip(d).get("word/document.xml"), StandardCharsets.UTF_8);
    assertFalse(xml.contains("MERGEFIELD"), xml);
    // the value takes the formatting of the field's result («…» in bold)
    assertTrue(xml.contains("<w:b/></w:rPr><w:t xml:space=\"preserve\">张晓东"), xml);
  }

  @Test
  void aMergeFieldWrittenInAnotherLetterCaseIsFilledToo() {
    byte[] d = render(p(r("学校："), "<w:fldSimple w:instr=\" MergeField 学校名称 \">" + r("«学校名称»") + "</w:fldSimple>"));
    assertEquals(List.of("学校：黔西县中等职业学校"), paragraphs(part(d, "word/document.xml")));
  }

  @Test
  void otherFieldsStayAsTheyAre() {
    byte[] d = render(p(r("第"), complex(" PAGE ", "1"), r("页"), simple("学校名称")));
    String xml = new String(DocxTestSupport.unzip(d).get("word/document.xml"), StandardCharsets.UTF_8);
    assertTrue(xml.contains(" PAGE "), xml);
    assertTrue(xml.contains("黔西县中等职业学校"), xml);
  }

  @Test
  void aNameFittingNoFieldOrSeveralRefusesTheTemplateNamingTheField() {
    TemplateException e = assertThrows(TemplateException.class, () -> TemplateCompiler.compile("邮件合并模板",
        docx(p(simple("备注栏")) + p(complex(" MERGEFIELD 姓名 ", "«姓名»"))), FieldSchema.any()));
    List<String> codes = e.problems().stream().map(DocumentProblem::code).toList();
    assertEquals(List.of("MERGEFIELD_UNKNOWN", "MERGEFIELD_UNKNOWN"), codes);
    assertTrue(e.problems().get(0).message().contains("“备注栏”不是已知的字段名称"), e.problems().get(0).message());
    assertTrue(e.problems().get(1).message().contains("学生.姓名（students.0.name）"), e.problems().get(1).message());
  }

  @Test
  void aMergeFieldInsideWordsIfFieldIsRefused() {
    String nested = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>"
        + complex(" MERGEFIELD 学校名称 ", "«学校名称»")
        + "<w:r><w:instrText> = \"\" \"无\" \"有\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    TemplateException e = assertThrows(TemplateException.class,
        () -> TemplateCompiler.compile("邮件合并模板", docx(p(nested)), FieldSchema.any()));
    assertEquals("MERGEFIELD_NESTED", e.problems().get(0).code());
  }
}
