package org.hezuo.documents.batch.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hezuo.documents.DocumentProblem;
import org.hezuo.documents.internal.CompiledTemplate;
import org.hezuo.documents.internal.TemplateRenderer;

/**
 * Generates one document per row of a JSON or CSV file into a directory: each written atomically (temp
 * file + ATOMIC_MOVE), every row recorded in {@code manifest.csv}; a bad row is reported and skipped; a
 * re-run skips rows already done with the same data and template (hash). Rows are streamed.
 */
public final class BatchGenerator {

    /**
     * What a batch did.
     *
     * @param ok documents written in this run
     * @param skipped rows already done in an earlier run
     * @param failed rows that produced no document
     */
    public record Summary(int ok, int skipped, int failed) {
    }

    private final TemplateRenderer renderer;

    /**
     * Creates a generator.
     *
     * @param renderer the renderer to use
     */
    public BatchGenerator(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Runs a batch.
     *
     * @param template the compiled template
     * @param templateHash identifies the template's content (a changed template regenerates every row)
     * @param rows the .json or .csv file
     * @param outDir the output directory (created if missing)
     * @param nameField the field path naming each file (e.g. {@code documentNumber}), or null for row numbers
     * @param progress told after every row
     * @return the counts
     * @throws IOException when the rows, the directory or the manifest cannot be read or written
     */
    public Summary run(CompiledTemplate template, String templateHash, Path rows, Path outDir, String nameField,
            BatchProgress progress) throws IOException {
        Files.createDirectories(outDir);
        int total = RowSource.count(rows, null);
        int ok = 0;
        int skipped = 0;
        int failed = 0;
        try (RowSource source = RowSource.open(rows, null); Manifest manifest = new Manifest(outDir)) {
            for (int row = 1;; row++) {
                Map<String, Object> data;
                try {
                    data = source.next();
                } catch (RowSource.RowFormatException e) {
                    manifest.record(new Manifest.Line(row, "", "error",
                            Manifest.at(source.sheetRow(), "ROW_FORMAT：" + e.getMessage()), ""));
                    failed++;
                    progress.row(row, total, "error");
                    continue;
                }
                if (data == null) {
                    break;
                }
                String status = one(template, templateHash, row, data, outDir, nameField, manifest);
                switch (status) {
                    case "ok" -> ok++;
                    case "skipped" -> skipped++;
                    default -> failed++;
                }
                progress.row(row, total, status);
            }
        }
        return new Summary(ok, skipped, failed);
    }

    private String one(CompiledTemplate template, String templateHash, int row, Map<String, Object> data, Path outDir,
            String nameField, Manifest manifest) throws IOException {
        String hash = hash(templateHash, data);
        String file = fileName(row, data, nameField);
        Manifest.Line before = manifest.previous(row);
        if (before != null && before.status().equals("ok") && before.hash().equals(hash) && before.file().equals(file)
                && Files.exists(outDir.resolve(file))) {
            return "skipped";
        }
        Path target = outDir.resolve(file);
        Path tmp = outDir.resolve("." + file + ".tmp");
        List<DocumentProblem> problems;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            problems = renderer.render(template, data, out);
        }
        if (!problems.isEmpty()) {
            Files.deleteIfExists(tmp);
            String reason = problems.stream().map(p -> p.code() + "：" + p.message()).collect(Collectors.joining("；"));
            manifest.record(new Manifest.Line(row, "", "error", reason, hash));
            return "error";
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        manifest.record(new Manifest.Line(row, file, "ok", "", hash));
        return "ok";
    }

    static String fileName(int row, Map<String, Object> data, String nameField) {
        Object v = data;
        if (nameField != null) {
            for (String seg : nameField.split("\\.")) {
                v = v instanceof Map<?, ?> m ? m.get(seg) : null;
            }
        }
        String base = nameField == null || v == null || v.toString().isBlank() ? String.format("row-%05d", row)
                : String.format("%05d-", row) + v.toString().strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return base + ".docx";
    }

    private static String hash(String templateHash, Map<String, Object> data) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(templateHash.getBytes(StandardCharsets.UTF_8));
            md.update(data.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Hash of a template file's bytes, for {@link #run}.
     *
     * @param bytes the .docx bytes
     * @return a hex digest
     */
    public static String templateHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
