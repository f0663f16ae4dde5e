package org.hezuo.documents.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.Deflater;
import org.hezuo.documents.DocumentField;
import org.hezuo.documents.DocumentProblem;
import org.hezuo.documents.DocumentService;
import org.hezuo.documents.FieldSchema;
import org.hezuo.documents.GenerationResult;
import org.hezuo.documents.TemplateData;
import org.hezuo.documents.pdf.internal.LibreOfficePdfConverter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DS adapter: compiles the templates directory at activation (against {@link TemplateData#SCHEMA}) and
 * renders from it. A missing directory refuses activation; a bad template is reported, the others serve.
 * When the service is used and the check interval has passed, the directory is looked at again: added,
 * changed and removed templates take effect, a refused new save leaves the previous version in force.
 * Refusals are logged once each and listed by {@link #templateProblems()}.
 *
 * @see TemplateLibrary
 */
@Component(service = DocumentService.class, configurationPid = "org.hezuo.documents")
@Designate(ocd = TemplateDirectoryDocumentServiceConfiguration.class)
public final class TemplateDirectoryDocumentService implements DocumentService {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateDirectoryDocumentService.class);
    private final FieldSchema schema;
    private final long checkIntervalNanos;
    private final ReentrantLock checking = new ReentrantLock();
    private volatile TemplateLibrary library;
    private volatile long checkedAt;
    /** Set by {@link #installTemplate}: look at the directory at the next use whatever the interval. */
    private volatile boolean forceCheck;
    private final Path directory;
    private final TemplateRenderer renderer;
    private final String sofficePath;
    private final int pdfTimeout;

    @Activate
    public TemplateDirectoryDocumentService(TemplateDirectoryDocumentServiceConfiguration config) throws IOException {
        this(Path.of(config.templates_directory()), TemplateData.SCHEMA, config.fast_compression(), config.soffice_path(),
                config.pdf_timeout_seconds(), config.check_interval_ms());
    }

    /**
     * For tests and plain Java.
     *
     * @param dir the templates directory
     * @param schema the data root's schema
     * @param fast level-1 compression
     * @param sofficePath LibreOffice executable, or empty to search the PATH
     * @param pdfTimeout seconds per PDF conversion
     * @param checkIntervalMillis how old the last look at the directory may be when the service is used; 0 for never
     * @throws IOException when the directory cannot be read
     * @throws IllegalArgumentException when the directory does not exist
     */
    protected TemplateDirectoryDocumentService(Path dir, FieldSchema schema, boolean fast, String sofficePath, int pdfTimeout,
            long checkIntervalMillis) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("模板目录不存在（TEMPLATES_DIRECTORY_MISSING）：" + dir.toAbsolutePath());
        }
        this.schema = schema;
        this.checkIntervalNanos = checkIntervalMillis * 1_000_000L;
        this.library = TemplateLibrary.load(dir, schema);
        this.checkedAt = System.nanoTime();
        this.directory = dir;
        report(null, library);
        this.renderer = new TemplateRenderer(fast ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION);
        this.sofficePath = sofficePath;
        this.pdfTimeout = pdfTimeout;
    }

    @Override
    public GenerationResult generate(String templateId, Object data) {
        TemplateLibrary lib = current();
        CompiledTemplate t = lib.get(templateId);
        if (t == null) {
            List<DocumentProblem> why = lib.problems(templateId);
            List<DocumentProblem> out = new java.util.ArrayList<>();
            out.add(new DocumentProblem("UNKNOWN_TEMPLATE", why.isEmpty()
                    ? "没有模板“" + templateId + "”"
                    : "模板“" + templateId + "”加载时被拒绝，请修改模板：" + why.get(0), templateId, "", ""));
            out.addAll(why);
            return GenerationResult.failed(out);
        }
        return renderer.generate(t, data);
    }

    @Override
    public GenerationResult generatePdf(String templateId, Object data) {
        GenerationResult docx = generate(templateId, data);
        if (!docx.ok()) {
            return docx;
        }
        try (LibreOfficePdfConverter pdf = new LibreOfficePdfConverter(sofficePath, pdfTimeout)) {
            return GenerationResult.of(pdf.convert(docx.document()));
        } catch (LibreOfficePdfConverter.PdfException e) {
            return GenerationResult.failed(List.of(new DocumentProblem(e.code(), e.getMessage(), templateId, "", "")));
        } catch (IOException e) {
            throw new IllegalStateException("PDF conversion I/O failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("PDF conversion interrupted", e);
        }
    }

    @Override
    public List<DocumentField> documentFields(String templateId) {
        CompiledTemplate t = current().get(templateId);
        return t == null ? List.of() : t.documentFields();
    }

    @Override
    public Set<String> templateIds() {
        return current().ids();
    }

    @Override
    public List<DocumentProblem> templateProblems() {
        return current().problems();
    }

    @Override
    public List<DocumentProblem> templateProblems(String templateId) {
        return current().problems(templateId);
    }

    /**
     * The library, looked at again first when the check interval has passed. One caller checks at a
     * time; the others go on with the library in force meanwhile.
     */
    private TemplateLibrary current() {
        TemplateLibrary lib = library;
        boolean due = forceCheck || checkIntervalNanos > 0 && System.nanoTime() - checkedAt >= checkIntervalNanos;
        if (!due || !checking.tryLock()) {
            return lib;
        }
        try {
            if (forceCheck || System.nanoTime() - checkedAt >= checkIntervalNanos) {
                forceCheck = false;
                TemplateLibrary now = lib.refresh(directory, schema);
                if (now != lib) {
                    report(lib, now);
                    library = now;
                }
                checkedAt = System.nanoTime();
            }
            return library;
        } catch (IOException | RuntimeException e) {
            // an unreadable directory (being replaced, say) leaves the templates in force as they are
            LOG.warn("templates directory {} not readable, templates in force unchanged: {}", directory, e.toString());
            checkedAt = System.nanoTime();
            return lib;
        } finally {
            checking.unlock();
        }
    }

    private void report(TemplateLibrary before, TemplateLibrary now) {
        Set<String> was = before == null ? Set.of() : before.ids();
        List<DocumentProblem> known = before == null ? List.of() : before.problems();
        for (DocumentProblem p : now.problems()) {
            if (!known.contains(p)) {
                LOG.warn("模板未启用 / template refused: {}", p);
            }
        }
        if (before != null) {
            now.ids().stream().filter(id -> !was.contains(id)).forEach(id -> LOG.info("模板已启用 / template added: {}", id));
            was.stream().filter(id -> !now.ids().contains(id)).forEach(id -> LOG.info("模板已移除 / template removed: {}", id));
            now.ids().stream().filter(id -> was.contains(id) && before.get(id) != now.get(id))
                    .forEach(id -> LOG.info("模板已更新 / template updated: {}", id));
        } else {
            LOG.info("{} templates in force from {}", now.ids().size(), directory.toAbsolutePath());
        }
    }

    /** A template id that can be a file name on every system: no separators, no leading dot, not Word's lock file. */
    private static final java.util.regex.Pattern ID =
            java.util.regex.Pattern.compile("(?!\\.)(?!~\\$)[^/\\\\:*?\"<>|\\p{Cntrl}]{1,80}");

    @Override
    public List<DocumentProblem> checkTemplate(String templateId, byte[] docx) {
        if (templateId == null || !ID.matcher(templateId).matches() || templateId.strip().length() != templateId.length()) {
            return List.of(new DocumentProblem("BAD_TEMPLATE_ID", "模板编号（文件名，不含 .docx）不能为空、不超过80个字，不能含 / \\ : * ? \" < > | 、"
                    + "不能以“.”或“~$”开头或以空格开头结尾", templateId == null ? "" : templateId, "", ""));
        }
        try {
            TemplateCompiler.compile(templateId, docx, schema);
            return List.of();
        } catch (org.hezuo.documents.TemplateException e) {
            return e.problems();
        }
    }

    @Override
    public List<DocumentProblem> installTemplate(String templateId, byte[] docx) {
        List<DocumentProblem> problems = checkTemplate(templateId, docx);
        if (!problems.isEmpty()) {
            return problems;
        }
        Path target = directory.resolve(templateId + ".docx");
        Path tmp = directory.resolve("." + templateId + ".docx.tmp");
        try {
            Files.write(tmp, docx);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is skipped by the library (leading dot) in any case
            }
            return List.of(new DocumentProblem("TEMPLATE_NOT_SAVED", "模板无法保存到模板目录：" + e.getMessage(), templateId, "", ""));
        }
        // in force now, without waiting for the check interval (or at the next use if a check is running)
        forceCheck = true;
        current();
        return List.of();
    }

    @Override
    public Path templatesDirectory() {
        return directory;
    }
}
