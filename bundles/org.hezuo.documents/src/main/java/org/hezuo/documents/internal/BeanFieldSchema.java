package org.hezuo.documents.internal;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hezuo.documents.FieldSchema;

/**
 * A {@link FieldSchema} read by reflection over getters, record accessors and generic collection types.
 *
 * @see Properties
 */
public final class BeanFieldSchema implements FieldSchema {

    /** The open schema: every property exists, everything may be a list. */
    public static final FieldSchema ANY = new FieldSchema() {
        @Override
        public FieldSchema property(String name) {
            return this;
        }

        @Override
        public boolean isList() {
            return true;
        }

        @Override
        public FieldSchema element() {
            return this;
        }

        @Override
        public String toString() {
            return "any";
        }
    };

    private final Type type;
    private final Class<?> raw;

    private BeanFieldSchema(Type type) {
        this.type = type;
        this.raw = rawClass(type);
    }

    /**
     * The schema of a type; open ({@link #ANY}) for Object and Maps.
     *
     * @param type the type
     * @return its schema
     */
    public static FieldSchema of(Type type) {
        Type t = unwrapOptional(type);
        Class<?> c = rawClass(t);
        if (c == Object.class || Map.class.isAssignableFrom(c)) {
            return ANY;
        }
        return new BeanFieldSchema(t);
    }

    @Override
    public FieldSchema property(String name) {
        if (isList() && name.equals("size")) {
            return of(Integer.class);
        }
        if (isLeaf(raw) || isList()) {
            return null;
        }
        Type t = Properties.propertyType(raw, name);
        return t == null ? null : of(t);
    }

    @Override
    public boolean isList() {
        return raw.isArray() || Iterable.class.isAssignableFrom(raw);
    }

    @Override
    public FieldSchema element() {
        if (type instanceof GenericArrayType g) {
            return of(g.getGenericComponentType());
        }
        if (raw.isArray()) {
            return of(raw.getComponentType());
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return of(p.getActualTypeArguments()[0]);
        }
        return ANY;
    }

    @Override
    public String toString() {
        return type.getTypeName();
    }

    static boolean isLeaf(Class<?> c) {
        return c.isPrimitive() || c.isEnum() || CharSequence.class.isAssignableFrom(c) || Number.class.isAssignableFrom(c)
                || c == Boolean.class || c == Character.class || TemporalAccessor.class.isAssignableFrom(c)
                || Date.class.isAssignableFrom(c) || c == UUID.class;
    }

    private static Type unwrapOptional(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            return p.getActualTypeArguments()[0];
        }
        return t;
    }

    static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return rawClass(p.getRawType());
        }
        if (t instanceof WildcardType w) {
            return rawClass(w.getUpperBounds()[0]);
        }
        if (t instanceof TypeVariable<?> v) {
            return rawClass(v.getBounds()[0]);
        }
        if (t instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(rawClass(g.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }
}
