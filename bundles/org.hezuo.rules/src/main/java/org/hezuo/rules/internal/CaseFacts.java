package org.hezuo.rules.internal;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Flattens a case into the facts a session receives — the case, each section, each element of a
 * list, each nested object of the model — and remembers each fact's path ({@code students[2]}) so
 * that findings can name the facts they concern.
 */
final class CaseFacts {
  private static final String MODEL_PACKAGE = "org.hezuo.api.model";
  private static final ClassValue<List<Accessor>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected List<Accessor> computeValue(Class<?> type) {
          return accessors(type);
        }
      };

  private final Map<Object, String> paths = new IdentityHashMap<>();

  private record Accessor(String name, Method getter) {}

  /**
   * Walks a case, handing every model object to {@code sink} with its path.
   *
   * @param root the case
   * @param sink receives each fact and its path ("" for the case itself)
   */
  void walk(Object root, BiConsumer<Object, String> sink) {
    visit(root, "", sink);
  }

  /**
   * The path of a fact inserted by {@link #walk}.
   *
   * @param fact the fact
   * @return its path, or null if it was not part of the case
   */
  String pathOf(Object fact) {
    return paths.get(fact);
  }

  private void visit(Object o, String path, BiConsumer<Object, String> sink) {
    if (o == null || paths.containsKey(o)) {
      return;
    }
    paths.put(o, path);
    sink.accept(o, path);
    for (Accessor a : ACCESSORS.get(o.getClass())) {
      Object v;
      try {
        v = a.getter().invoke(o);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + a.name() + " of " + o.getClass(), e);
      }
      String child = path.isEmpty() ? a.name() : path + "." + a.name();
      if (v instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          Object e = list.get(i);
          if (e != null && isModel(e.getClass())) {
            visit(e, child + "[" + i + "]", sink);
          }
        }
      } else if (v != null && isModel(v.getClass())) {
        visit(v, child, sink);
      }
    }
  }

  private static boolean isModel(Class<?> c) {
    return !c.isEnum() && c.getPackageName().equals(MODEL_PACKAGE);
  }

  private static List<Accessor> accessors(Class<?> type) {
    List<Accessor> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getName().startsWith("get")
          && m.getName().length() > 3
          && m.getDeclaringClass() != Object.class) {
        Class<?> r = m.getReturnType();
        if (List.class.isAssignableFrom(r) || isModel(r)) {
          out.add(new Accessor(Introspector.decapitalize(m.getName().substring(3)), m));
        }
      }
    }
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return List.copyOf(out);
  }
}
