package org.hezuo.documents.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a named property of any object: Map key, List index, record accessor, JavaBean getter, public
 * field. Accessors are looked up once per class and name (ClassValue: no class-loader leak on bundle refresh).
 */
public final class Properties {

    /** Returned by {@link #get} when the object's class has no such property (as opposed to a null value). */
    public static final Object NO_SUCH_PROPERTY = new Object() {
        @Override
        public String toString() {
            return "<no such property>";
        }
    };

    private static final Accessor NONE = o -> NO_SUCH_PROPERTY;

    private static final ClassValue<Map<String, Accessor>> CACHE = new ClassValue<>() {
        @Override
        protected Map<String, Accessor> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private Properties() {
    }

    /** Reads one property of one object. */
    @FunctionalInterface
    private interface Accessor {
        Object get(Object target) throws Throwable;
    }

    /**
     * Reads property {@code name} of {@code target}.
     *
     * @param target any object, not null
     * @param name the property name
     * @return the value (possibly null), or {@link #NO_SUCH_PROPERTY}
     * @throws IllegalStateException if the getter throws
     */
    public static Object get(Object target, String name) {
        if (target instanceof Map<?, ?> m) {
            Object v = m.get(name);
            return v != null || m.containsKey(name) ? v : null;
        }
        if (target instanceof List<?> l && isIndex(name)) {
            int i = Integer.parseInt(name);
            return i < l.size() ? l.get(i) : null;
        }
        Class<?> type = target.getClass();
        Map<String, Accessor> byName = CACHE.get(type);
        Accessor a = byName.get(name);
        if (a == null) {
            a = find(type, name);
            byName.put(name, a);
        }
        try {
            Object v = a.get(target);
            return v instanceof Optional<?> o ? o.orElse(null) : v;
        } catch (Throwable e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException && e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("reading " + name + " of " + type.getName() + ": " + cause, cause);
        }
    }

    /**
     * The declared (generic) type of property {@code name} of class {@code c}.
     *
     * @param c the class
     * @param name the property name
     * @return the type, or null if there is no such property
     */
    public static Type propertyType(Class<?> c, String name) {
        Method m = findMethod(c, name);
        if (m != null) {
            return m.getGenericReturnType();
        }
        try {
            Field f = c.getField(name);
            return Modifier.isStatic(f.getModifiers()) ? null : f.getGenericType();
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    static boolean isIndex(String s) {
        if (s.isEmpty() || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Accessor find(Class<?> c, String name) {
        Method m = findMethod(c, name);
        if (m != null) {
            Method acc = accessible(m);
            try {
                MethodHandle mh = MethodHandles.publicLookup().unreflect(acc).asType(MethodType.methodType(Object.class, Object.class));
                return t -> (Object) mh.invokeExact(t);
            } catch (IllegalAccessException e) {
                return t -> acc.invoke(t);
            }
        }
        try {
            Field f = c.getField(name);
            if (!Modifier.isStatic(f.getModifiers())) {
                return f::get;
            }
        } catch (NoSuchFieldException e) {
            // fall through
        }
        return NONE;
    }

    private static Method findMethod(Class<?> c, String name) {
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                if (rc.getName().equals(name)) {
                    return rc.getAccessor();
                }
            }
        }
        String cap = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {"get" + cap, "is" + cap, name}) {
            try {
                Method m = c.getMethod(candidate);
                if (!Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
                        && m.getDeclaringClass() != Object.class
                        && (!candidate.startsWith("is") || candidate.equals(name) || m.getReturnType() == boolean.class
                                || m.getReturnType() == Boolean.class)) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        return null;
    }

    /** A public method declared by a non-public class is called through a public super type. */
    private static Method accessible(Method m) {
        if (Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
            return m;
        }
        for (Class<?> s = m.getDeclaringClass(); s != null; s = s.getSuperclass()) {
            for (Class<?> i : s.getInterfaces()) {
                try {
                    Method im = i.getMethod(m.getName());
                    if (Modifier.isPublic(i.getModifiers())) {
                        return im;
                    }
                } catch (NoSuchMethodException e) {
                    // not on this interface
                }
            }
        }
        m.trySetAccessible();
        return m;
    }
}
