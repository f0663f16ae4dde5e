package org.hezuo.documents.batch.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import org.hezuo.documents.FieldSchema;
import org.hezuo.documents.TemplateException;
import org.hezuo.documents.internal.CompiledTemplate;
import org.hezuo.documents.internal.TemplateCompiler;
import org.hezuo.documents.internal.TemplateRenderer;

/**
 * Plain-Java entry point: {@code BatchMain template.docx rows.(json|csv) outDir [nameField]}.
 */
public final class BatchMain {
    private BatchMain() {
    }

    /**
     * Runs one batch and prints a summary; exit code 1 when a row failed, 2 on a bad template.
     *
     * @param args template, rows, output directory, optional name field
     * @throws Exception on I/O failure
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: BatchMain template.docx rows.json|rows.csv outDir [nameField]");
            System.exit(64);
        }
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        CompiledTemplate t;
        try {
            t = TemplateCompiler.compile(Path.of(args[0]).getFileName().toString(), bytes, FieldSchema.any());
        } catch (TemplateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        BatchGenerator.Summary s = new BatchGenerator(new TemplateRenderer(Deflater.DEFAULT_COMPRESSION)).run(t,
                BatchGenerator.templateHash(bytes), Path.of(args[1]), Path.of(args[2]), args.length > 3 ? args[3] : null,
                (done, total, status) -> {
                    if (done % 1000 == 0) {
                        System.err.printf("%d/%d%n", done, total);
                    }
                });
        System.out.printf("ok %d, skipped %d, failed %d in %.1f s%n", s.ok(), s.skipped(), s.failed(),
                (System.nanoTime() - start) / 1e9);
        System.exit(s.failed() > 0 ? 1 : 0);
    }
}
