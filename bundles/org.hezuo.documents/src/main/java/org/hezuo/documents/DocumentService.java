package org.hezuo.documents;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Generates documents from the templates the service has loaded and checked.
 */
@ProviderType
public interface DocumentService {

    /**
     * Generates one .docx.
     *
     * @param templateId the template's id (its file name without {@code .docx}, e.g. {@code cooperation-agreement})
     * @param data the data root, e.g. a {@link TemplateData}, or Maps read from JSON
     * @return the document, or the problems that prevented it (an unknown template id is a problem
     *         {@code UNKNOWN_TEMPLATE}, never an exception)
     */
    GenerationResult generate(String templateId, Object data);

    /**
     * Generates one document and converts it to PDF with LibreOffice.
     *
     * @param templateId the template's id
     * @param data the data root
     * @return the PDF, or the problems ({@code PDF_CONVERTER_MISSING} when LibreOffice is not installed)
     */
    GenerationResult generatePdf(String templateId, Object data);

    /**
     * The document fields ({@code doc.*}, see {@link DocumentInfo}) a template uses, read when it was
     * compiled: what a form or a batch must supply besides the case.
     *
     * @param templateId the template's id
     * @return the fields in form order, each with its Chinese label, type and whether it is required;
     *         empty for a template that uses none and for an unknown id
     * @since 1.1
     */
    List<DocumentField> documentFields(String templateId);

    /**
     * The ids of the templates that compiled and can be used.
     *
     * @return the ids
     */
    Set<String> templateIds();

    /**
     * Why templates were refused when they were loaded.
     *
     * @return the problems of every refused template; empty when all compiled
     */
    List<DocumentProblem> templateProblems();

    /**
     * The directory the templates (and their {@code manifest.json}) were loaded from.
     *
     * @return the directory, or {@code null} when the templates do not come from a directory
     */
    default java.nio.file.Path templatesDirectory() {
        return null;
    }
}
