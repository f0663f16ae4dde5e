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
   * Reads the templates' manifest.
   *
   * @param config the documents configuration (its templates directory)
   * @param evaluator the policy evaluator
   * @param documents the document service
   */
  @Activate
  public PolicyCheckedDocumentsComponent(TemplateDirectoryDocumentServiceConfiguration config,
      @Reference PolicyEvaluator evaluator, @Reference DocumentService documents) {
    this.flow = new PolicyCheckedDocuments(evaluator, documents,
        TemplateManifest.read(Path.of(config.templates_directory())));
  }

  @Override
  public CaseDocument generate(CaseDocumentRequest request) {
    return flow.generate(request);
  }
}
