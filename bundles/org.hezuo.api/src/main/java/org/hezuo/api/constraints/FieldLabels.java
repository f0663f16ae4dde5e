package org.hezuo.api.constraints;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/**
 * The Chinese name of a field path of the case model, from the fields' {@link Label}s: {@code
 * students[0].birthDate} of a case is {@code 学生[1].出生日期} (list positions counted from 1, as
 * clerks count). A field without a label keeps its name.
 */
public final class FieldLabels {
  private record Property(String label, Type type) {}

  // ClassValue keeps the cache on the Class itself: a refreshed model bundle is not pinned by us
  private static final ClassValue<Map<String, Property>> CACHE =
      new ClassValue<>() {
        @Override
        protected Map<String, Property> computeValue(Class<?> type) {
          Map<String, Property> properties = new HashMap<>();
          for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
              if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                continue;
              }
              Label label = f.getAnnotation(Label.class);
              // a subclass field hides a superclass field of the same name
              properties.putIfAbsent(f.getName(),
                  new Property(label != null ? label.value() : f.getName(), f.getGenericType()));
            }
          }
          return Map.copyOf(properties);
        }
      };

  private FieldLabels() {}

  /**
   * The Chinese name of a path.
   *
   * @param root the class the path starts from, e.g. the case's
   * @param path e.g. {@code students[0].birthDate}; a map key stands in brackets as it is
   * @return e.g. {@code 学生[1].出生日期}; "" for ""
   */
  public static String of(Class<?> root, String path) {
    StringBuilder label = new StringBuilder();
    Type type = root;
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          end = path.length();
        }
        String key = path.substring(i + 1, end);
        boolean index = !key.isEmpty() && key.chars().allMatch(Character::isDigit);
        label.append('[').append(index ? Integer.toString(Integer.parseInt(key) + 1) : key).append(']');
        type = elementType(type);
        i = end + 1;
      } else if (c == '.') {
        label.append('.');
        i++;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        String name = path.substring(i, end);
        Property p = CACHE.get(raw(type)).get(name);
        label.append(p != null ? p.label() : name);
        type = p != null ? p.type() : Object.class;
        i = end;
      }
    }
    return label.toString();
  }

  /**
   * The fields of a model class (its superclasses' included) and their Chinese names.
   *
   * @param type the class
   * @return field name → label, the field name itself where it has no {@link Label}
   */
  public static Map<String, String> labels(Class<?> type) {
    Map<String, String> out = new HashMap<>();
    CACHE.get(type).forEach((name, p) -> out.put(name, p.label()));
    return Map.copyOf(out);
  }

  /** The element type of a container type: a list's element, a map's value, an array's component. */
  private static Type elementType(Type container) {
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
  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }
}
