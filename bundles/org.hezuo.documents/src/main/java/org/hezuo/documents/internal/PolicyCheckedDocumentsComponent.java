package org.hezuo.documents.internal;

import java.nio.file.Path;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.documents.CaseDocument;
import org.hezuo.documents.CaseDocumentRequest;
import org.hezuo.documents.CaseDocumentService;
import org.hezuo.documents.DocumentService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * DS adapter of {@link PolicyCheckedDocuments}: the clerk's case → decision → document service.
 *
 * @see PolicyCheckedDocuments
 */
// shares the documents configuration (templates directory) with TemplateDirectoryDocumentService
@Component(service = CaseDocumentService.class, configurationPid = "org.hezuo.documents")
public final class PolicyCheckedDocumentsComponent implements CaseDocumentService {
  private final PolicyCheckedDocuments flow;

  /**
   * Follows the manifest of the directory the document service compiles its templates from, so the
   * two always agree (a reconfigured document service re-activates this component: static reference).
   *
   * @param config the documents configuration (its templates directory, when the service has none)
   * @param evaluator the policy evaluator
   * @param documents the document service
   */
  @Activate
  public PolicyCheckedDocumentsComponent(TemplateDirectoryDocumentServiceConfiguration config,
      @Reference PolicyEvaluator evaluator, @Reference DocumentService documents) {
    Path dir = documents.templatesDirectory() != null
        ? documents.templatesDirectory() : Path.of(config.templates_directory());
    this.flow = new PolicyCheckedDocuments(evaluator, documents, TemplateManifest.watching(dir));
  }

  @Override
  public CaseDocument generate(CaseDocumentRequest request) {
    return flow.generate(request);
  }
}
