package org.hezuo.documents;

import java.lang.reflect.Type;
import org.hezuo.documents.internal.BeanFieldSchema;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What field paths a template may use, checked when the template is compiled. A schema node answers
 * for one type: which properties it has and whether it is a list.
 */
@ConsumerType
public interface FieldSchema {

    /**
     * The node of the property {@code name} of this type.
     *
     * @param name a property name as written in a template, e.g. {@code school}
     * @return the property's node, or {@code null} if this type has no such property
     */
    FieldSchema property(String name);

    /**
     * Whether values of this type can be repeated over with {@code {{#each}}}.
     *
     * @return true for lists, sets, arrays and open schemas
     */
    boolean isList();

    /**
     * The node of a list's items.
     *
     * @return the items' node; {@link #any()} when unknown
     */
    FieldSchema element();

    /**
     * An open schema that accepts every path (for Maps read from JSON or CSV).
     *
     * @return the open schema
     */
    static FieldSchema any() {
        return BeanFieldSchema.ANY;
    }

    /**
     * A schema read by reflection from JavaBean getters, record accessors and generic list types,
     * e.g. {@code FieldSchema.of(PolicyCase.class)}.
     *
     * @param type the root type
     * @return the schema of that type
     */
    static FieldSchema of(Type type) {
        return BeanFieldSchema.of(type);
    }
}
