package org.hezuo.documents.pdf.internal;

import static org.hezuo.documents.internal.DocxTestSupport.docx;
import static org.hezuo.documents.internal.DocxTestSupport.p;
import static org.hezuo.documents.internal.DocxTestSupport.pt;
import static org.hezuo.documents.internal.DocxTestSupport.r;
import static org.hezuo.documents.internal.DocxTestSupport.tbl;
import static org.hezuo.documents.internal.DocxTestSupport.tc;
import static org.hezuo.documents.internal.DocxTestSupport.tr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import org.hezuo.documents.FieldSchema;
import org.hezuo.documents.internal.CompiledTemplate;
import org.hezuo.documents.internal.TemplateCompiler;
import org.hezuo.documents.internal.TemplateRenderer;
import org.hezuo.documents.internal.TestModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibreOfficePdfConverterTest {

    @Test
    void missingConverterIsExplained() {
        LibreOfficePdfConverter.PdfException e = assertThrows(LibreOfficePdfConverter.PdfException.class,
                () -> new LibreOfficePdfConverter("/nonexistent/soffice", 10));
        assertEquals("PDF_CONVERTER_MISSING", e.code());
        assertTrue(e.getMessage().contains("未找到 LibreOffice"));
    }

    @Test
    void generatedAgreementConvertsWithChineseTextAndEveryRow(@TempDir Path dir) throws Exception {
        assumeTrue(LibreOfficePdfConverter.detect(null).isPresent(), "LibreOffice not installed");
        assumeTrue(LibreOfficePdfConverter.detect("/usr/bin/pdftotext").isPresent(), "pdftotext not installed");
        String song = "<w:rFonts w:ascii=\"宋体\" w:eastAsia=\"宋体\" w:hint=\"eastAsia\"/>";
        String body = p(r(song + "<w:b/>", "学生岗位实习三方协议")) + pt("甲方：{{school.name}}　乙方：{{enterprise.name}}")
                + tbl(tr(tc(pt("序号")), tc(pt("姓名")), tc(pt("身份证号"))),
                        tr(tc(pt("{{#each students}}{{@序号}}")), tc(p(r(song, "{{name}}"))), tc(pt("{{idNumber | 脱敏}}{{/each}}"))))
                + pt("月报酬：{{placement.monthlyPay | 大写}}");
        CompiledTemplate t = TemplateCompiler.compile("三方协议", docx(body), FieldSchema.of(TestModel.PolicyCase.class));
        byte[] doc = new TemplateRenderer(Deflater.DEFAULT_COMPRESSION).generate(t, TestModel.sample(30)).document();
        byte[] pdf;
        try (LibreOfficePdfConverter c = new LibreOfficePdfConverter(null, 180)) {
            pdf = c.convert(doc);
        }
        Path file = dir.resolve("a.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(text.contains("学生岗位实习三方协议"), text);
        assertTrue(text.contains("黔西县中等职业学校") && text.contains("A&B<c> 制造有限公司"), text);
        assertTrue(text.contains("壹万贰仟元伍角"), text);
        String compact = text.replaceAll("[ \t]", "").replace('\f', '\n'); // pdftotext spaces CJK from digits: "学生 1"
        for (int i = 1; i <= 30; i++) {
            assertTrue(compact.contains("\n" + i + "学生" + i + "520521********"), "row " + i + " missing:\n" + text);
        }
        assertFalse(text.contains("{{"), text);
        Process f = new ProcessBuilder("pdffonts", file.toString()).redirectErrorStream(true).start();
        String fonts = new String(f.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(fonts.contains("NotoSerifCJK"), "宋体 must map to Noto Serif CJK SC:\n" + fonts);
    }
}
