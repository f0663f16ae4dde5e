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
     * Why one template is not in force as saved: the problems of {@link #templateProblems()} that
     * concern it.
     *
     * @param templateId the template's id
     * @return its problems; empty when it compiled or is unknown
     * @since 1.2
     */
    default List<DocumentProblem> templateProblems(String templateId) {
        return templateProblems().stream().filter(p -> p.template().equals(templateId)).toList();
    }

    /**
     * The directory the templates (and their {@code manifest.json}) were loaded from.
     *
     * @return the directory, or {@code null} when the templates do not come from a directory
     */
    default java.nio.file.Path templatesDirectory() {
        return null;
    }

    /**
     * Checks a template without putting it in force: compiles it as {@link #installTemplate} would.
     *
     * @param templateId the id it would have (its file name without {@code .docx})
     * @param docx the .docx bytes
     * @return the problems that would refuse it; empty when it would be put in force
     * @since 1.2
     */
    default List<DocumentProblem> checkTemplate(String templateId, byte[] docx) {
        return List.of(new DocumentProblem("TEMPLATES_READ_ONLY", "这个文书服务不能检查上传的模板", templateId, "", ""));
    }

    /**
     * Puts a template in force under an id, adding it or replacing the one of that id, when it
     * compiles; a refused template changes nothing.
     *
     * @param templateId the id (its file name without {@code .docx}); Chinese names are fine, path
     *     separators and names starting with a dot are not
     * @param docx the .docx bytes
     * @return the problems that refused it; empty when it is in force
     * @since 1.2
     */
    default List<DocumentProblem> installTemplate(String templateId, byte[] docx) {
        return List.of(new DocumentProblem("TEMPLATES_READ_ONLY", "这个文书服务不能添加模板", templateId, "", ""));
    }
}
