package org.hezuo.documents.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

/**
 * DS adapter: compiles the templates directory at activation (against {@link TemplateData#SCHEMA}) and
 * renders from it. A missing directory refuses activation; a bad template is reported, the others serve.
 *
 * @see TemplateLibrary
 */
@Component(service = DocumentService.class, configurationPid = "org.hezuo.documents")
@Designate(ocd = TemplateDirectoryDocumentServiceConfiguration.class)
public final class TemplateDirectoryDocumentService implements DocumentService {
    private final TemplateLibrary library;
    private final Path directory;
    private final TemplateRenderer renderer;
    private final String sofficePath;
    private final int pdfTimeout;

    @Activate
    public TemplateDirectoryDocumentService(TemplateDirectoryDocumentServiceConfiguration config) throws IOException {
        this(Path.of(config.templates_directory()), TemplateData.SCHEMA, config.fast_compression(), config.soffice_path(),
                config.pdf_timeout_seconds());
    }

    /**
     * For tests and plain Java.
     *
     * @param dir the templates directory
     * @param schema the data root's schema
     * @param fast level-1 compression
     * @param sofficePath LibreOffice executable, or empty to search the PATH
     * @param pdfTimeout seconds per PDF conversion
     * @throws IOException when the directory cannot be read
     * @throws IllegalArgumentException when the directory does not exist
     */
    protected TemplateDirectoryDocumentService(Path dir, FieldSchema schema, boolean fast, String sofficePath, int pdfTimeout)
            throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("模板目录不存在（TEMPLATES_DIRECTORY_MISSING）：" + dir.toAbsolutePath());
        }
        this.library = TemplateLibrary.load(dir, schema);
        this.directory = dir;
        this.renderer = new TemplateRenderer(fast ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION);
        this.sofficePath = sofficePath;
        this.pdfTimeout = pdfTimeout;
    }

    @Override
    public GenerationResult generate(String templateId, Object data) {
        CompiledTemplate t = library.get(templateId);
        if (t == null) {
            return GenerationResult.failed(List.of(new DocumentProblem("UNKNOWN_TEMPLATE",
                    "没有模板“" + templateId + "”（或该模板加载时被拒绝，见模板问题列表）", templateId, "", "")));
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
        CompiledTemplate t = library.get(templateId);
        return t == null ? List.of() : t.documentFields();
    }

    @Override
    public Set<String> templateIds() {
        return library.ids();
    }

    @Override
    public List<DocumentProblem> templateProblems() {
        return library.problems();
    }

    @Override
    public Path templatesDirectory() {
        return directory;
    }
}
