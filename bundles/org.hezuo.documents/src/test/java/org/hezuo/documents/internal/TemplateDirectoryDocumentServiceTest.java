package org.hezuo.documents.internal;

import static org.hezuo.documents.internal.DocxTestSupport.docx;
import static org.hezuo.documents.internal.DocxTestSupport.pt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
        var s = new TemplateDirectoryDocumentService(dir, FieldSchema.of(TestModel.PolicyCase.class), true, "", 10);
        assertEquals(Set.of("good"), s.templateIds());
        assertEquals("UNKNOWN_FIELD", s.templateProblems().get(0).code());
        assertEquals("bad", s.templateProblems().get(0).template());
        assertTrue(s.generate("good", TestModel.sample(1)).ok());
        assertEquals("UNKNOWN_TEMPLATE", s.generate("bad", Map.of()).problems().get(0).code());
        assertEquals("PDF_CONVERTER_MISSING",
                new TemplateDirectoryDocumentService(dir, FieldSchema.any(), false, "/nonexistent/soffice", 10)
                        .generatePdf("good", TestModel.sample(1)).problems().get(0).code());
    }

    @Test
    void missingDirectoryRefusesActivation(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class,
                () -> new TemplateDirectoryDocumentService(dir.resolve("nope"), FieldSchema.any(), false, "", 10));
    }
}
