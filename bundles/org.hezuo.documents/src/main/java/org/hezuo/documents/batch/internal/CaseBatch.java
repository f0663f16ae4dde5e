package org.hezuo.documents.batch.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hezuo.api.decision.FieldError;
import org.hezuo.documents.CaseBatchService;
import org.hezuo.documents.CaseDocument;
import org.hezuo.documents.CaseDocumentRequest;
import org.hezuo.documents.CaseDocumentService;
import org.hezuo.documents.DocumentField;
import org.hezuo.documents.DocumentProblem;
import org.hezuo.documents.DocumentService;
import org.hezuo.json.HezuoJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link CaseBatchService}: rows ({@link RowSource}) → cases ({@link CaseRows}) →
 * {@link CaseDocumentService} → one file per row written atomically, recorded in {@link Manifest}. A
 * row is skipped on a re-run when its manifest line is {@code ok}, its hash (template, format,
 * override, row and base content) is unchanged and its file still exists. A row missing a document
 * field the template requires ({@code doc.copies} …) fails before the policy check.
 */
@Component(service = CaseBatchService.class)
public final class CaseBatch implements CaseBatchService {
    private final CaseDocumentService documents;
    private final Supplier<Set<String>> templateIds;
    private final Function<String, List<DocumentField>> documentFields;
    private final Function<String, List<DocumentProblem>> refusals;

    /**
     * The batch over the clerk's document flow.
     *
     * @param documents the case document service
     * @param templates the document service, for the template ids
     */
    @Activate
    public CaseBatch(@Reference CaseDocumentService documents, @Reference DocumentService templates) {
        this(documents, templates::templateIds, templates::documentFields, templates::templateProblems);
    }

    /**
     * For tests: templates without document fields.
     *
     * @param documents the case document service
     * @param templateIds the usable template ids
     */
    CaseBatch(CaseDocumentService documents, Supplier<Set<String>> templateIds) {
        this(documents, templateIds, id -> List.of());
    }

    /**
     * For tests.
     *
     * @param documents the case document service
     * @param templateIds the usable template ids
     * @param documentFields the document fields of a template
     */
    CaseBatch(CaseDocumentService documents, Supplier<Set<String>> templateIds,
            Function<String, List<DocumentField>> documentFields) {
        this(documents, templateIds, documentFields, id -> List.of());
    }

    private CaseBatch(CaseDocumentService documents, Supplier<Set<String>> templateIds,
            Function<String, List<DocumentField>> documentFields, Function<String, List<DocumentProblem>> refusals) {
        this.documents = documents;
        this.templateIds = templateIds;
        this.documentFields = documentFields;
        this.refusals = refusals;
    }

    @Override
    public Summary run(Request r, Progress progress) throws IOException {
        Set<String> ids = templateIds.get();
        if (!ids.contains(r.templateId())) {
            List<DocumentProblem> why = refusals.apply(r.templateId());
            throw new IllegalArgumentException(why.isEmpty()
                    ? "没有可用的模板“" + r.templateId() + "”（UNKNOWN_TEMPLATE）；可用：" + String.join("、", new java.util.TreeSet<>(ids))
                    : "模板“" + r.templateId() + "”加载时被拒绝（UNKNOWN_TEMPLATE），请修改模板：\n  "
                            + String.join("\n  ", why.stream().map(DocumentProblem::toString).toList()));
        }
        if (!Files.isRegularFile(r.rows())) {
            throw new IOException("数据文件不存在（ROWS_MISSING）：" + r.rows());
        }
        CaseRows step = CaseRows.over(r.baseCase());
        List<DocumentField> fields = documentFields.apply(r.templateId());
        // the override reason is not in the hash: it only matters to rows it let through (see below)
        String salt = r.templateId() + "|" + (r.pdf() ? "pdf" : "docx") + "|"
                + (r.baseCase() == null ? "" : hash(Files.readAllBytes(r.baseCase())));
        Files.createDirectories(r.outDir());
        int total = RowSource.count(r.rows(), step.caseType());
        int ok = 0;
        int skipped = 0;
        int failed = 0;
        try (RowSource source = RowSource.open(r.rows(), step.caseType()); Manifest manifest = new Manifest(r.outDir())) {
            for (int row = 1;; row++) {
                Map<String, Object> data;
                String status;
                String reason = "";
                try {
                    data = source.next();
                } catch (RowSource.RowFormatException e) {
                    reason = Manifest.at(source.sheetRow(), "行格式错误 [ROW_FORMAT]：" + e.getMessage());
                    manifest.record(new Manifest.Line(row, "", "error", reason, ""));
                    failed++;
                    progress.row(row, total, "error", reason);
                    continue;
                }
                if (data == null) {
                    break;
                }
                String hash = hash((salt + "|" + new String(HezuoJson.writeCompact(data), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
                Manifest.Line before = manifest.previous(row);
                if (before != null && before.status().equals("ok") && before.hash().equals(hash)
                        && !before.file().isEmpty() && Files.exists(r.outDir().resolve(before.file()))
                        && (!before.reason().startsWith(OVERRIDDEN) || before.reason().equals(overridden(r.overrideReason())))) {
                    skipped++;
                    progress.row(row, total, "skipped", "");
                    continue;
                }
                Manifest.Line line = one(r, step, fields, row, data, hash);
                if (!line.status().equals("ok")) {
                    line = new Manifest.Line(line.row(), line.file(), line.status(),
                            Manifest.at(source.sheetRow(), line.reason()), line.hash());
                }
                manifest.record(line);
                status = line.status();
                if (status.equals("ok")) {
                    ok++;
                } else {
                    failed++;
                    reason = line.reason();
                }
                progress.row(row, total, status, reason);
            }
        }
        return new Summary(total, ok, skipped, failed, r.outDir().resolve("manifest.csv"));
    }

    private Manifest.Line one(Request r, CaseRows step, List<DocumentField> fields, int row, Map<String, Object> data,
            String hash) throws IOException {
        CaseRows.Result c = step.read(data);
        List<FieldError> errors = c.ok() ? c.doc().check(fields) : c.errors();
        if (!errors.isEmpty()) {
            return new Manifest.Line(row, "", "error", "输入有误 [INVALID]：" + fieldErrors(errors), hash);
        }
        CaseDocument d;
        try {
            d = documents.generate(new CaseDocumentRequest(r.templateId(), c.policyCase(), c.doc(), r.pdf(),
                    r.overrideReason(), r.actor()));
        } catch (RuntimeException e) {
            // a bad row never stops the batch
            return new Manifest.Line(row, "", "error", "生成失败 [GENERATION_FAILED]：" + e, hash);
        }
        if (!d.ok()) {
            return new Manifest.Line(row, "", "error", problems(d.problems()), hash);
        }
        String file = String.format("%05d-%s", row, d.fileName());
        Path target = r.outDir().resolve(file);
        Path tmp = r.outDir().resolve("." + file + ".tmp");
        Files.write(tmp, d.document());
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        String reason = d.overridden() ? overridden(d.overrideReason()) : "";
        return new Manifest.Line(row, file, "ok", reason, hash);
    }

    private static final String OVERRIDDEN = "不符合，按理由生成 [OVERRIDDEN]：";

    /** The manifest reason of a row let through by an override (a changed reason regenerates it). */
    private static String overridden(String reason) {
        return OVERRIDDEN + reason;
    }

    /**
     * Field errors as one Chinese line: label (path): message [CODE]; ….
     *
     * @param errors the errors
     * @return the text
     */
    static String fieldErrors(List<FieldError> errors) {
        return errors.stream().map(e -> {
            StringBuilder sb = new StringBuilder();
            sb.append(e.label() == null || e.label().isBlank() ? "" : e.label());
            if (e.path() != null && !e.path().isBlank() && !e.path().equals(e.label())) {
                sb.append("（").append(e.path()).append("）");
            }
            return sb.append(sb.length() > 0 ? "：" : "").append(e.message()).append(" [").append(e.code())
                    .append("]").toString();
        }).distinct().collect(Collectors.joining("；"));
    }

    /**
     * Document problems as one Chinese line: message [CODE]（path）; ….
     *
     * @param problems the problems
     * @return the text
     */
    static String problems(List<DocumentProblem> problems) {
        return problems.stream().map(p -> p.message() + " [" + p.code() + "]"
                + (p.path().isEmpty() ? "" : "（" + p.path() + "）")).distinct().collect(Collectors.joining("；"));
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
