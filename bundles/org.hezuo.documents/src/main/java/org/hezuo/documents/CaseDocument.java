package org.hezuo.documents;

import java.util.List;
import org.hezuo.api.decision.Decision;

/**
 * The outcome of a clerk's request: the decision the document rests on and the document, or why
 * there is none.
 *
 * @param decision the decision made for the case (null when the template was unknown)
 * @param document the .docx or PDF bytes, or null when refused
 * @param fileName a suggested file name, e.g. {@code 学生岗位实习三方协议-HZ-2026-001.docx}
 * @param overridden whether the clerk's override let a 不符合 decision through
 * @param overrideReason the clerk's reason, as given
 * @param actor who asked
 * @param problems why no document was written; empty when there is one
 */
public record CaseDocument(
    Decision decision,
    byte[] document,
    String fileName,
    boolean overridden,
    String overrideReason,
    String actor,
    List<DocumentProblem> problems) {

  /**
   * Copies the problems.
   *
   * @param decision decision
   * @param document document
   * @param fileName file name
   * @param overridden overridden
   * @param overrideReason override reason
   * @param actor actor
   * @param problems problems
   */
  public CaseDocument {
    problems = List.copyOf(problems);
  }

  /**
   * Whether a document was written.
   *
   * @return true when there is a document
   */
  public boolean ok() {
    return document != null;
  }
}
