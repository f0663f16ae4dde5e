package org.hezuo.documents;

import java.util.Objects;

/**
 * One field of the document block ({@code doc}, a {@link DocumentInfo}) that a template uses, as a
 * form needs it: e.g. {@code copies}, 份数, an integer, required. Read from the compiled template, so
 * a form asks exactly for what the template writes.
 *
 * @param name the property of {@link DocumentInfo}, e.g. {@code copies}
 * @param label the Chinese label, e.g. 份数（一式几份）
 * @param type what kind of value it takes
 * @param required whether the template writes it unconditionally and without {@code 缺省}: leaving it
 *     empty refuses the document ({@code MISSING_VALUE})
 * @param defaultText what the template writes when the value is empty ({@code 缺省:…}), or null
 * @since 1.1
 */
public record DocumentField(String name, String label, Type type, boolean required, String defaultText) {

    /** The kind of value a document field takes. */
    public enum Type {
        /** Free text. */
        TEXT,
        /** A whole number of at least 1 (份数). */
        INTEGER,
        /** A date, {@code YYYY-MM-DD} in JSON and CSV. */
        DATE,
        /** A list of texts. */
        LIST
    }

    /**
     * Checks the components.
     *
     * @throws NullPointerException if name, label or type is null
     */
    public DocumentField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }

    /**
     * The path of the field in templates, JSON documents and batch columns.
     *
     * @return {@code doc.} and the name, e.g. {@code doc.copies}
     */
    public String path() {
        return "doc." + name;
    }
}
