package org.hezuo.documents.batch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hezuo.documents.CaseBatchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @Test
    void reasonsWithCommasAndQuotesAreReadBackAsWritten(@TempDir Path dir) throws Exception {
        try (Manifest m = new Manifest(dir)) {
            m.record(new Manifest.Line(1, "00001-协议.docx", "ok", "", "h1"));
            m.record(new Manifest.Line(3, "", "error", "a, \"b\"", "h"));
        }
        assertEquals(List.of("row,file,status,reason,hash", "1,00001-协议.docx,ok,,h1", "3,,error,\"a, \"\"b\"\"\",h"),
                Files.readAllLines(dir.resolve("manifest.csv"), StandardCharsets.UTF_8));
        assertEquals(List.of(new CaseBatchService.ManifestRow(1, "00001-协议.docx", "ok", ""),
                        new CaseBatchService.ManifestRow(3, "", "error", "a, \"b\"")),
                CaseBatchService.manifestRows(dir.resolve("manifest.csv")));
        // a re-run sees the earlier lines as written
        try (Manifest again = new Manifest(dir)) {
            assertEquals("a, \"b\"", again.previous(3).reason());
        }
    }

    @Test
    void aLineCutShortByACrashIsLeftOut(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("manifest.csv"),
                "row,file,status,reason,hash\n1,a.docx,ok,,h1\n2,,error,\"cut sho", StandardCharsets.UTF_8);
        assertEquals(List.of(new CaseBatchService.ManifestRow(1, "a.docx", "ok", "")),
                CaseBatchService.manifestRows(dir.resolve("manifest.csv")));
    }
}
