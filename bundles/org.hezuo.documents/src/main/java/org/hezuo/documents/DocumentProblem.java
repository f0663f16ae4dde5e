package org.hezuo.documents;

import java.util.Objects;

/**
 * One reason why a template was refused or a document was not generated.
 *
 * @param code stable English code, e.g. {@code UNKNOWN_FIELD}, for programs and log searches
 * @param message explanation in Chinese for clerks and policy staff
 * @param template the template's name or id
 * @param where the text of the paragraph concerned (shortened), or empty
 * @param path the field path concerned, or empty
 */
public record DocumentProblem(String code, String message, String template, String where, String path) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if any component is null
     */
    public DocumentProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(path, "path");
    }

    /**
     * One line for logs and consoles: code, template, message, where.
     *
     * @return a single-line description
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append('[').append(code).append("] ").append(template).append(": ").append(message);
        if (!where.isEmpty()) {
            sb.append(" （位置：“").append(where).append("”）");
        }
        return sb.toString();
    }
}
