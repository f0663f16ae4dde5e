package org.hezuo.documents.internal;

import static org.hezuo.documents.internal.DocxTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import org.hezuo.documents.DocumentProblem;
import org.hezuo.documents.FieldSchema;
import org.hezuo.documents.GenerationResult;
import org.hezuo.documents.TemplateException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TemplateEngineTest {
    private static final FieldSchema SCHEMA = FieldSchema.of(TestModel.PolicyCase.class);
    private final TemplateRenderer renderer = new TemplateRenderer(Deflater.DEFAULT_COMPRESSION);

    private byte[] render(String body, Object data) {
        CompiledTemplate t = TemplateCompiler.compile("测试模板", docx(body), SCHEMA);
        GenerationResult r = renderer.generate(t, data);
        assertTrue(r.ok(), () -> r.problems().toString());
        return r.document();
    }

    private List<String> texts(String body, Object data) {
        return paragraphs(part(render(body, data), "word/document.xml"));
    }

    @Test
    void tagsSplitByWordAndWpsAreNormalised() {
        String body = p(r("<w:b/>", "甲方："), r("<w:b/>", "{{"), "<w:proofErr w:type=\"spellStart\"/>",
                east("school."), "<w:bookmarkStart w:id=\"0\" w:name=\"x\"/>", r("<w:noProof/>", "na"),
                "<w:bookmarkEnd w:id=\"0\"/>", "<w:r><w:softHyphen/></w:r>", r("<w:lang w:val=\"en-US\"/>", "me}"),
                "<w:proofErr w:type=\"spellEnd\"/>", r("}，乙方：{{enterprise.name}}"));
        byte[] doc = render(body, TestModel.sample(1));
        Document d = part(doc, "word/document.xml");
        assertEquals(List.of("甲方：黔西县中等职业学校，乙方：A&B<c> 制造有限公司"), paragraphs(d));
        // the value takes the formatting of the run where the tag started (bold)
        Element t = (Element) d.getElementsByTagNameNS(W, "t").item(1);
        assertEquals("黔西县中等职业学校", t.getTextContent());
        Element run = (Element) t.getParentNode();
        assertEquals(1, run.getElementsByTagNameNS(W, "b").getLength());
        assertEquals(0, d.getElementsByTagNameNS(W, "proofErr").getLength());
        assertEquals(1, d.getElementsByTagNameNS(W, "bookmarkStart").getLength());
    }

    @Test
    void aComputedValueWhoseNameHasDotsIsFoundUnderItsWholeName() {
        // refundDue is the total, refundDue.2025 one year's: the longest name that is there wins
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("refundDue", "300.00");
        values.put("refundDue.2025", "120.00");
        values.put("postRatio.设备巡检", "10");
        Map<String, Object> data = Map.of("decision", Map.of("values", values));
        CompiledTemplate t = TemplateCompiler.compile("t", docx(pt(
                "合计{{decision.values.refundDue}}，2025年度{{decision.values.refundDue.2025}}，"
                        + "设备巡检{{decision.values.postRatio.设备巡检}}%")), FieldSchema.any());
        GenerationResult r = renderer.generate(t, data);
        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals(List.of("合计300.00，2025年度120.00，设备巡检10%"), paragraphs(part(r.document(), "word/document.xml")));
    }

    @Test
    void valuesAreEscapedAndNewlinesBecomeBreaks() {
        Map<String, Object> data = Map.of("v", "A&B<c>\"'\n第二行\u0001\u000B\tX", "n", 7);
        CompiledTemplate t = TemplateCompiler.compile("t", docx(pt("值：{{v}}/{{n}}")), FieldSchema.any());
        byte[] doc = renderer.generate(t, data).document();
        Document d = part(doc, "word/document.xml");
        assertEquals(List.of("值：A&B<c>\"'\n第二行X/7"), paragraphs(d));
        assertEquals(1, d.getElementsByTagNameNS(W, "tab").getLength());
    }

    @Test
    void formattersInTags() {
        List<String> out = texts(pt("{{placement.startDate | 日期}}；{{placement.monthlyPay|大写}}；{{placement.monthlyPay | money}}；"
                + "{{students.0.idNumber | 脱敏}}；{{students.0.gender | 勾选:男}}男{{students.0.gender|check:FEMALE}}女；"
                + "{{students.0.adult|勾选}}；{{enterprise.representative}}"), TestModel.sample(1));
        assertEquals(List.of("2026年3月1日；壹万贰仟元伍角；12,000.50；520521********0001；☑男☐女；☑；李总"), out);
    }

    @Test
    void tableRowRepeatWithIndexAndRootPath() {
        String body = tbl(tr(tc(pt("序号")), tc(pt("姓名")), tc(pt("学校"))),
                tr(tc(pt("{{#each students}}{{@序号}}")), tc(pt("{{name}}（{{gender}}）")), tc(pt("{{$.school.name}}{{/each}}"))),
                tr(tc(pt("合计")), tc(pt("共{{students.size}}人")), tc(pt(""))));
        Document d = part(render(body, TestModel.sample(3)), "word/document.xml");
        assertEquals(List.of("序号|姓名|学校", "1|学生1（男）|黔西县中等职业学校", "2|学生2（女）|黔西县中等职业学校",
                "3|学生3（男）|黔西县中等职业学校", "合计|共3人|"), rows(d, 0));
    }

    @Test
    void mergedCellsTwoRowsPerItem() {
        String merged = "<w:vMerge w:val=\"restart\"/>";
        String cont = "<w:vMerge/>";
        String body = tbl(
                tr(tc("<w:gridSpan w:val=\"3\"/>", pt("学生名单（{{school.name}}）"))),
                tr(tc(merged, pt("{{#each students}}{{@index}}")), tc(pt("{{name}}")), tc(pt("{{birthDate|日期}}"))),
                tr(tc(cont, p()), tc("<w:gridSpan w:val=\"2\"/>", pt("身份证：{{idNumber|脱敏}}")), ""),
                tr(tc(pt("{{/each}}")), tc(pt("")), tc(pt(""))).replace("{{/each}}", "备注")
                        .replace("<w:tr>", "<w:tr>").replace(tc(pt("备注")), tc(pt("备注"))));
        // close the loop on the second row of the item instead
        body = body.replace("身份证：{{idNumber|脱敏}}", "身份证：{{idNumber|脱敏}}{{/each}}");
        Document d = part(render(body, TestModel.sample(2)), "word/document.xml");
        assertEquals(List.of("学生名单（黔西县中等职业学校）", "1|学生1|2006年2月2日", "|身份证：520521********0001",
                "2|学生2|2006年3月3日", "|身份证：520521********0002", "备注||"), rows(d, 0));
        assertEquals(2, d.getElementsByTagNameNS(W, "vMerge").getLength() / 2);
    }

    @Test
    void nestedLoopsParagraphBlockAroundTable() {
        String body = pt("{{#each classes}}") + pt("班级：{{name}}")
                + tbl(tr(tc(pt("{{#each students}}{{name}}")), tc(pt("{{major}}{{/each}}")))) + pt("{{/each}}") + pt("完");
        Document d = part(render(body, TestModel.sample(3)), "word/document.xml");
        assertEquals(List.of("班级：机电1班", "学生1", "机电一体化", "学生2", "机电一体化", "班级：机电2班", "学生3", "机电一体化", "完"),
                paragraphs(d));
        assertEquals(2, d.getElementsByTagNameNS(W, "tbl").getLength());
    }

    @Test
    void conditionsBlockAndInline() {
        String body = pt("{{#if placement.monthlyPay}}") + pt("有报酬") + pt("{{else}}") + pt("无报酬") + pt("{{/if}}")
                + pt("{{#each students}}{{name}}{{#if gender == 男}}（男生）{{else}}（女生）{{/if}}"
                        + "{{#if adult != 是}}未成年{{/if}}；{{/each}}");
        assertEquals(List.of("有报酬", "学生1（男生）；学生2（女生）；学生3（男生）未成年；"), texts(body, TestModel.sample(3)));
    }

    @Test
    void unknownFieldsAndBadTagsAreRefusedAtCompileTime() {
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateCompiler.compile("协议",
                docx(pt("甲方：{{school.nmae}}") + pt("{{#each school}}{{/each}}") + pt("{{@序号}}")
                        + pt("{{x | 大小写}}") + pt("未闭合 {{school.name") + p(r("跨段落 {{")) + pt("school.name}}")), SCHEMA));
        List<String> codes = e.problems().stream().map(DocumentProblem::code).toList();
        assertTrue(codes.containsAll(List.of("UNKNOWN_FORMATTER", "UNCLOSED_TAG", "UNOPENED_TAG")), codes::toString);
        DocumentProblem p0 = e.problems().get(0);
        assertEquals("协议", p0.template());
        e = assertThrows(TemplateException.class, () -> TemplateCompiler.compile("协议",
                docx(pt("甲方：{{school.nmae}}") + pt("{{#each school}}{{/each}}") + pt("{{@序号}}")), SCHEMA));
        codes = e.problems().stream().map(DocumentProblem::code).toList();
        assertEquals(List.of("UNKNOWN_FIELD", "NOT_A_LIST", "INDEX_OUTSIDE_LOOP"), codes);
        assertEquals("甲方：{{school.nmae}}", e.problems().get(0).where());
        assertEquals("school.nmae", e.problems().get(0).path());
        assertTrue(e.getMessage().contains("不存在的字段"), e.getMessage());
    }

    @Test
    void unbalancedAndCrossingBlocksAreRefused() {
        assertCode("BLOCK_NOT_CLOSED", pt("{{#each students}}") + pt("x"));
        assertCode("BLOCK_NOT_OPENED", pt("{{/if}}"));
        assertCode("BLOCKS_CROSSING", pt("{{#each students}}{{#if name}}{{/each}}{{/if}}"));
        assertCode("ELSE_OUTSIDE_IF", pt("{{else}}"));
        assertCode("BLOCK_PLACEMENT", pt("{{#if number}}a") + pt("b{{/if}}"));
        assertCode("TAG_SPLIT_BY_CONTENT", p(r("{{num"), "<w:r><w:tab/></w:r>", r("ber}}")));
    }

    private static void assertCode(String code, String body) {
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateCompiler.compile("t", docx(body), SCHEMA));
        assertEquals(code, e.problems().get(0).code(), e::getMessage);
    }

    @Test
    void missingValueIsRefusedAtRenderTimeAndNothingIsWritten() throws Exception {
        CompiledTemplate t = TemplateCompiler.compile("协议", docx(pt("{{#each students}}{{name}}：{{major}}{{/each}}")
                + pt("{{enterprise.creditCode | 缺省:（无）}}")), SCHEMA);
        TestModel.PolicyCase c = TestModel.sample(2);
        c.getStudents().set(1, new TestModel.Student("学生2", null, null, "1", null, null));
        c = new TestModel.PolicyCase(c.getSchool(), new TestModel.Party("企业", null, null), c.getStudents(), null, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<DocumentProblem> problems = renderer.render(t, c, out);
        assertEquals(0, out.size());
        assertEquals(1, problems.size());
        assertEquals("MISSING_VALUE", problems.get(0).code());
        assertEquals("major", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("第2项"), problems.get(0).message());
        GenerationResult r = renderer.generate(t, c);
        assertFalse(r.ok());
        assertNull(r.document());
    }

    @Test
    void mapsFromJsonOrCsvWork() {
        Map<String, Object> data = new HashMap<>();
        data.put("school", Map.of("name", "学校"));
        data.put("students", List.of(Map.of("name", "甲"), Map.of("name", "乙")));
        CompiledTemplate t = TemplateCompiler.compile("t", docx(pt("{{school.name}}：{{#each students}}{{name}}、{{/each}}")), FieldSchema.any());
        assertEquals(List.of("学校：甲、乙、"), paragraphs(part(renderer.generate(t, data).document(), "word/document.xml")));
        Map<String, Object> bad = Map.of("school", Map.of());
        assertEquals("MISSING_VALUE", renderer.generate(t, bad).problems().get(0).code());
    }

    @Test
    void footersKeepPageFieldsAndOtherEntriesAreCopiedRaw() {
        String footer = footer(p(r("第 "), "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", r(" 页 共 "), "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple>",
                r(" 页　编号：{{number}}")));
        byte[] template = docx(pt("正文"), Map.of("word/footer1.xml", footer));
        CompiledTemplate t = TemplateCompiler.compile("t", template, SCHEMA);
        byte[] doc = renderer.generate(t, TestModel.sample(1)).document();
        Document f = part(doc, "word/footer1.xml");
        assertEquals(List.of("第  页 共 1 页　编号：HZ-2026-001"), paragraphs(f));
        assertEquals(" PAGE ", f.getElementsByTagNameNS(W, "instrText").item(0).getTextContent());
        Map<String, byte[]> in = unzip(template);
        Map<String, byte[]> out = unzip(doc);
        assertEquals(in.keySet(), out.keySet());
        assertArrayEquals(in.get("word/media/blob.bin"), out.get("word/media/blob.bin"));
        assertArrayEquals(in.get("word/document.xml"), out.get("word/document.xml"));
    }

    @Test
    void renderingIsThreadSafe() throws Exception {
        String body = tbl(tr(tc(pt("{{#each students}}{{@序号}}")), tc(pt("{{name}}{{/each}}")))) + pt("{{school.name}}");
        CompiledTemplate t = TemplateCompiler.compile("t", docx(body), SCHEMA);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i % 7 + 1;
                futures.add(pool.submit(() -> renderer.generate(t, TestModel.sample(n)).document()));
            }
            for (int i = 0; i < futures.size(); i++) {
                byte[] expected = renderer.generate(t, TestModel.sample(i % 7 + 1)).document();
                assertArrayEquals(expected, futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void documentXmlIsWellFormedUtf8() {
        byte[] doc = render(pt("{{school.name}}"), TestModel.sample(1));
        String xml = new String(unzip(doc).get("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"));
        assertFalse(xml.contains("{{"));
        assertFalse(xml.contains("hz:m"));
    }
}
