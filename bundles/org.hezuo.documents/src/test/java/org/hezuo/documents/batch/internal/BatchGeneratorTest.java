package org.hezuo.documents.batch.internal;

import static org.hezuo.documents.internal.DocxTestSupport.docx;
import static org.hezuo.documents.internal.DocxTestSupport.paragraphs;
import static org.hezuo.documents.internal.DocxTestSupport.part;
import static org.hezuo.documents.internal.DocxTestSupport.pt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.hezuo.documents.FieldSchema;
import org.hezuo.documents.internal.CompiledTemplate;
import org.hezuo.documents.internal.TemplateCompiler;
import org.hezuo.documents.internal.TemplateRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchGeneratorTest {
    private static final byte[] TEMPLATE = docx(pt("编号 {{documentNumber}}，学校 {{school.name}}，学生：{{#each students}}{{name}}、{{/each}}"));
    private final BatchGenerator batch = new BatchGenerator(new TemplateRenderer(Deflater.BEST_SPEED));
    private final CompiledTemplate template = TemplateCompiler.compile("t", TEMPLATE, FieldSchema.any());

    @Test
    void csvRowsWithManifestAndResume(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("rows.csv");
        Files.writeString(csv, "\uFEFFdocumentNumber,school.name,students.0.name,students.1.name\n"
                + "HZ-1,\"学校,一\",张三,李四\n"
                + "HZ-2,,王五,\n" // no school name: refused
                + "HZ-3,学校三,\"赵\"\"六\"\"\",孙七,多余\n" // one cell too many
                + "HZ/4,学校四,周八,\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        List<String> statuses = new ArrayList<>();
        BatchGenerator.Summary s = batch.run(template, "h1", csv, out, "documentNumber", (d, t, st) -> statuses.add(d + "/" + t + " " + st));
        assertEquals(new BatchGenerator.Summary(2, 0, 2), s);
        assertEquals(List.of("1/4 ok", "2/4 error", "3/4 error", "4/4 ok"), statuses);
        assertEquals(List.of("编号 HZ-1，学校 学校,一，学生：张三、李四、"),
                paragraphs(part(Files.readAllBytes(out.resolve("00001-HZ-1.docx")), "word/document.xml")));
        assertTrue(Files.exists(out.resolve("00004-HZ_4.docx")));
        List<String> manifest = Files.readAllLines(out.resolve("manifest.csv"));
        assertEquals(5, manifest.size());
        assertTrue(manifest.get(2).startsWith("2,,error,MISSING_VALUE"), manifest.get(2));
        assertTrue(manifest.get(3).startsWith("3,,error,表中第4行：ROW_FORMAT"), manifest.get(3));

        s = batch.run(template, "h1", csv, out, "documentNumber", (d, t, st) -> { });
        assertEquals(new BatchGenerator.Summary(0, 2, 2), s);
        s = batch.run(template, "h2", csv, out, "documentNumber", (d, t, st) -> { });
        assertEquals(new BatchGenerator.Summary(2, 0, 2), s);
        try (var files = Files.list(out)) {
            assertEquals(3, files.count(), "two documents and the manifest, no temp files");
        }
    }

    @Test
    void jsonRows(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("rows.json");
        Files.writeString(json, "[{\"documentNumber\":\"A\",\"school\":{\"name\":\"甲校\"},\"students\":[{\"name\":\"甲\"}]},"
                + "42, {\"documentNumber\":\"B\",\"school\":{\"name\":\"乙校\"},\"students\":[]}]", StandardCharsets.UTF_8);
        BatchGenerator.Summary s = batch.run(template, "h", json, dir.resolve("o"), null, (d, t, st) -> { });
        assertEquals(new BatchGenerator.Summary(2, 0, 1), s);
        assertEquals(List.of("编号 B，学校 乙校，学生："),
                paragraphs(part(Files.readAllBytes(dir.resolve("o/row-00003.docx")), "word/document.xml")));
    }

    @Test
    void aJsonFileWithOneCaseIsOneRow(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("one.json");
        Files.writeString(json, "{\"documentNumber\":\"C\",\"school\":{\"name\":\"丙校\"},\"students\":[{\"name\":\"丙\"}]}",
                StandardCharsets.UTF_8);
        BatchGenerator.Summary s = batch.run(template, "h", json, dir.resolve("o"), null, (d, t, st) -> { });
        assertEquals(new BatchGenerator.Summary(1, 0, 0), s);
        assertEquals(List.of("编号 C，学校 丙校，学生：丙、"),
                paragraphs(part(Files.readAllBytes(dir.resolve("o/row-00001.docx")), "word/document.xml")));
    }
}
