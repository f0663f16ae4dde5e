package org.hezuo.documents;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of generating one document: either the document, or the problems that prevented it.
 * A document with an unfilled tag or a missing required value is never produced.
 *
 * @param document the .docx bytes, or {@code null} when {@code problems} is not empty
 * @param problems why no document was produced; empty on success
 */
public record GenerationResult(byte[] document, List<DocumentProblem> problems) {

    /**
     * Checks that exactly one of document and problems is given.
     *
     * @throws IllegalArgumentException if both or neither are given
     */
    public GenerationResult {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if ((document == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("either a document or problems");
        }
    }

    /**
     * A successful result.
     *
     * @param document the .docx bytes
     * @return the result
     */
    public static GenerationResult of(byte[] document) {
        return new GenerationResult(Objects.requireNonNull(document), List.of());
    }

    /**
     * A failed result.
     *
     * @param problems at least one problem
     * @return the result
     */
    public static GenerationResult failed(List<DocumentProblem> problems) {
        return new GenerationResult(null, problems);
    }

    /**
     * Whether a document was produced.
     *
     * @return true when {@link #document()} is not null
     */
    public boolean ok() {
        return document != null;
    }
}
