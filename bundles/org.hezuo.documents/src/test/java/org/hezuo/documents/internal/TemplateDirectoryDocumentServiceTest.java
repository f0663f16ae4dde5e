package org.hezuo.documents.internal;

import static org.hezuo.documents.internal.DocxTestSupport.docx;
import static org.hezuo.documents.internal.DocxTestSupport.pt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hezuo.documents.FieldSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateDirectoryDocumentServiceTest {

    @Test
    void loadsGoodTemplatesAndReportsBadOnes(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("good.docx"), docx(pt("{{school.name}}")));
        Files.write(dir.resolve("bad.docx"), docx(pt("{{school.nmae}}")));
        Files.write(dir.resolve("~$good.docx"), new byte[] {1});
        var s = new TemplateDirectoryDocumentService(dir, FieldSchema.of(TestModel.PolicyCase.class), true, "", 10, 0);
        assertEquals(Set.of("good"), s.templateIds());
        assertEquals("UNKNOWN_FIELD", s.templateProblems().get(0).code());
        assertEquals("bad", s.templateProblems().get(0).template());
        assertTrue(s.generate("good", TestModel.sample(1)).ok());
        var refused = s.generate("bad", Map.of()).problems();
        assertEquals("UNKNOWN_TEMPLATE", refused.get(0).code());
        assertTrue(refused.get(0).message().contains("school.nmae"), refused.get(0).message());
        assertEquals("UNKNOWN_FIELD", refused.get(1).code());
        assertEquals("PDF_CONVERTER_MISSING",
                new TemplateDirectoryDocumentService(dir, FieldSchema.any(), false, "/nonexistent/soffice", 10, 0)
                        .generatePdf("good", TestModel.sample(1)).problems().get(0).code());
    }

    @Test
    void templatesSavedWhileRunningTakeEffectAndARefusedSaveKeepsThePreviousVersion(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("agreement.docx");
        Files.write(good, docx(pt("甲方：{{school.name}}")));
        var s = new TemplateDirectoryDocumentService(dir, FieldSchema.of(TestModel.PolicyCase.class), true, "", 10, 1);
        assertEquals(Set.of("agreement"), s.templateIds());

        // a template added while running is usable at the next use
        Files.write(dir.resolve("notice.docx"), docx(pt("通知：{{school.name}}")));
        Thread.sleep(5);
        assertEquals(Set.of("agreement", "notice"), s.templateIds());

        // a broken save: the previous version stays in force, and the problem says so
        Files.write(good, docx(pt("甲方：{{school.nmae}}，乙方")));
        touch(good, 1);
        Thread.sleep(5);
        assertTrue(s.templateIds().contains("agreement"));
        assertTrue(text(s.generate("agreement", TestModel.sample(1)).document()).contains("甲方："));
        assertEquals("UNKNOWN_FIELD", s.templateProblems().get(0).code());
        assertTrue(s.templateProblems().get(0).message().contains("仍使用上一版本"), s.templateProblems().get(0).message());

        // the corrected save replaces it
        Files.write(good, docx(pt("学校（甲方）：{{school.name}}")));
        touch(good, 2);
        Thread.sleep(5);
        assertTrue(text(s.generate("agreement", TestModel.sample(1)).document()).contains("学校（甲方）："));
        assertEquals(List.of(), s.templateProblems());

        // a removed template is gone
        Files.delete(dir.resolve("notice.docx"));
        Thread.sleep(5);
        assertEquals(Set.of("agreement"), s.templateIds());
        assertEquals("UNKNOWN_TEMPLATE", s.generate("notice", TestModel.sample(1)).problems().get(0).code());
    }

    @Test
    void aTemplateUploadedIsCheckedAndPutInForceOnlyWhenItCompiles(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("agreement.docx"), docx(pt("甲方：{{school.name}}")));
        // no check interval: only what is installed through the service changes the templates in force
        var s = new TemplateDirectoryDocumentService(dir, FieldSchema.of(TestModel.PolicyCase.class), true, "", 10, 0);
        byte[] broken = docx(pt("甲方：{{school.nmae}}"));
        assertEquals("UNKNOWN_FIELD", s.checkTemplate("实习安排表", broken).get(0).code());
        assertEquals("UNKNOWN_FIELD", s.installTemplate("agreement", broken).get(0).code());
        assertTrue(text(s.generate("agreement", TestModel.sample(1)).document()).contains("甲方："));
        assertEquals(List.of("agreement.docx"), names(dir));

        assertEquals(List.of(), s.checkTemplate("实习安排表", docx(pt("学校：{{school.name}}"))));
        assertEquals(List.of(), s.installTemplate("实习安排表", docx(pt("学校：{{school.name}}"))));
        assertEquals(Set.of("agreement", "实习安排表"), s.templateIds());
        assertEquals(List.of("agreement.docx", "实习安排表.docx"), names(dir));
        assertEquals(List.of(), s.installTemplate("agreement", docx(pt("学校（甲方）：{{school.name}}"))));
        assertTrue(text(s.generate("agreement", TestModel.sample(1)).document()).contains("学校（甲方）："));

        for (String bad : List.of("../evil", "a/b", ".hidden", "~$lock", "", " 空格")) {
            assertEquals("BAD_TEMPLATE_ID", s.installTemplate(bad, docx(pt("{{school.name}}"))).get(0).code(), bad);
        }
        assertEquals(List.of("agreement.docx", "实习安排表.docx"), names(dir));
    }

    private static List<String> names(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void withoutACheckIntervalTheTemplatesOfTheStartStay(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("agreement.docx"), docx(pt("{{school.name}}")));
        var s = new TemplateDirectoryDocumentService(dir, FieldSchema.of(TestModel.PolicyCase.class), true, "", 10, 0);
        Files.write(dir.resolve("notice.docx"), docx(pt("{{school.name}}")));
        Thread.sleep(5);
        assertEquals(Set.of("agreement"), s.templateIds());
    }

    /** Moves a file's modification time forward, as a later save would (file systems with coarse clocks). */
    private static void touch(Path f, int seconds) throws java.io.IOException {
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(f).toMillis() + seconds * 1000L));
    }

    private static String text(byte[] docx) {
        return new String(DocxTestSupport.unzip(docx).get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void missingDirectoryRefusesActivation(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class,
                () -> new TemplateDirectoryDocumentService(dir.resolve("nope"), FieldSchema.any(), false, "", 10, 0));
    }
}
