package org.hezuo.documents.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hezuo.api.constraints.Label;
import org.hezuo.documents.DocumentField;
import org.hezuo.documents.DocumentInfo;

/**
 * The paths a template reads from its data root, each with whether it is required: written by a
 * field tag without {@code 缺省} and outside every {@code {{#if}}} (or repeated with {@code {{#each}}}
 * outside every {@code {{#if}}}). Paths inside a loop count only when written {@code $.…}. Gives the
 * template's {@link DocumentField}s ({@code doc.*}) in {@link DocumentInfo}'s declaration order.
 *
 * @see ProgramBuilder
 */
final class RootFields {
    private static final String DOC = "doc";

    /** One path's uses, merged: required if any use is. */
    record Use(boolean required, String defaultText) {
        Use and(Use other) {
            return new Use(required || other.required, defaultText != null ? defaultText : other.defaultText);
        }
    }

    private final Map<String, Use> uses = new TreeMap<>();

    /**
     * Records one use.
     *
     * @param segments the path from the root
     * @param required whether this use needs a value
     * @param defaultText the tag's {@code 缺省} text, or null
     */
    void add(String[] segments, boolean required, String defaultText) {
        uses.merge(String.join(".", segments), new Use(required, defaultText), Use::and);
    }

    /** The document fields among the uses; names DocumentInfo lacks (open schemas) come last, as text. */
    List<DocumentField> documentFields() {
        Map<String, Use> doc = new LinkedHashMap<>();
        uses.forEach((path, use) -> {
            String[] segs = path.split("\\.");
            if (segs.length >= 2 && segs[0].equals(DOC)) {
                doc.merge(segs[1], use, Use::and);
            }
        });
        List<DocumentField> out = new ArrayList<>();
        for (Field f : DocumentInfo.class.getDeclaredFields()) {
            Use u = doc.remove(f.getName());
            if (u != null && !Modifier.isStatic(f.getModifiers())) {
                Label label = f.getAnnotation(Label.class);
                out.add(new DocumentField(f.getName(), label != null ? label.value() : f.getName(), type(f.getType()),
                        u.required(), u.defaultText()));
            }
        }
        doc.forEach((name, u) -> out.add(new DocumentField(name, name, DocumentField.Type.TEXT, u.required(), u.defaultText())));
        return List.copyOf(out);
    }

    private static DocumentField.Type type(Class<?> c) {
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            return DocumentField.Type.INTEGER;
        }
        if (TemporalAccessor.class.isAssignableFrom(c)) {
            return DocumentField.Type.DATE;
        }
        if (Collection.class.isAssignableFrom(c) || c.isArray()) {
            return DocumentField.Type.LIST;
        }
        return DocumentField.Type.TEXT;
    }
}
