package org.hezuo.validation.internal;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import org.hezuo.api.constraints.Label;

/**
 * The {@link Label}s of a model class's fields (its superclasses' included) and their declared
 * types, looked up once per class.
 *
 * @see FieldErrors
 */
final class Labels {
  /**
   * A labelled field.
   *
   * @param label the Chinese name, or the field name when it has no {@code @Label}
   * @param type the field's declared (generic) type
   */
  record Property(String label, Type type) {}

  // ClassValue keeps the cache on the Class itself: a refreshed model bundle is not pinned by us
  private static final ClassValue<Map<String, Property>> CACHE =
      new ClassValue<>() {
        @Override
        protected Map<String, Property> computeValue(Class<?> type) {
          return scan(type);
        }
      };

  private Labels() {}

  static Map<String, Property> of(Class<?> type) {
    return CACHE.get(type);
  }

  private static Map<String, Property> scan(Class<?> type) {
    Map<String, Property> properties = new HashMap<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        Label label = f.getAnnotation(Label.class);
        // a subclass field hides a superclass field of the same name
        properties.putIfAbsent(
            f.getName(), new Property(label != null ? label.value() : f.getName(), f.getGenericType()));
      }
    }
    return Map.copyOf(properties);
  }

  /** The element type of a container type: a list's element, a map's value, an array's component. */
  static Type elementType(Type container) {
    if (container instanceof ParameterizedType p) {
      Type[] args = p.getActualTypeArguments();
      boolean map = Map.class.isAssignableFrom(raw(p));
      return args.length == 0 ? Object.class : args[map && args.length > 1 ? 1 : 0];
    }
    if (container instanceof GenericArrayType a) {
      return a.getGenericComponentType();
    }
    if (container instanceof Class<?> c && c.isArray()) {
      return c.getComponentType();
    }
    return Object.class;
  }

  /** The class behind a type; {@code Object} for type variables and wildcards. */
  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }
}
