package org.hezuo.documents;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a template cannot be compiled; carries every problem found, not just the first.
 */
public class TemplateException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The problems, never empty. */
    private final List<DocumentProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems found, at least one
     */
    public TemplateException(List<DocumentProblem> problems) {
        super(problems.stream().map(DocumentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems found in the template.
     *
     * @return an immutable, non-empty list
     */
    public List<DocumentProblem> problems() {
        return problems;
    }
}
