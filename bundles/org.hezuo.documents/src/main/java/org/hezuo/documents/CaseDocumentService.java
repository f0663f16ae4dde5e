package org.hezuo.documents;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The clerk's path from a case to a document ready to sign: the case is checked against the policy
 * first; a 不符合 decision refuses the document unless the clerk overrides it with a reason (the
 * override is recorded in the result and in the document's decision reference); the template must
 * take the case's type. Thread-safe.
 */
@ProviderType
public interface CaseDocumentService {
  /**
   * Checks the case and generates the document.
   *
   * @param request the request
   * @return the document with its decision, or the problems (never an exception for bad input)
   */
  CaseDocument generate(CaseDocumentRequest request);
}
