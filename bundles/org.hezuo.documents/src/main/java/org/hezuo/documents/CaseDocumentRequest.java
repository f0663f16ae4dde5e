package org.hezuo.documents;

import org.hezuo.api.model.PolicyCase;

/**
 * A clerk's request for one document of one case.
 *
 * @param templateId the template, e.g. {@code tripartite-internship-agreement}
 * @param policyCase the case
 * @param doc document number, signing place and date …
 * @param pdf whether to convert the document to PDF
 * @param overrideReason the clerk's reason to generate although the decision is 不符合; null for none
 * @param actor who asks (recorded with an override)
 */
public record CaseDocumentRequest(
    String templateId,
    PolicyCase policyCase,
    DocumentInfo doc,
    boolean pdf,
    String overrideReason,
    String actor) {}
