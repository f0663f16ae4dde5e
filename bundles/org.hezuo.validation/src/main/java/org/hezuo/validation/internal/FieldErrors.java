package org.hezuo.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import org.hezuo.api.constraints.FieldLabels;
import org.hezuo.api.decision.FieldError;

/**
 * Turns a constraint violation into a {@link FieldError}: the property path with 0-based indices,
 * the same path in Chinese from the {@code @Label}s with 1-based indices, and an UPPER_SNAKE code.
 *
 * @see FieldLabels
 */
final class FieldErrors {
  /** By path (indices compared as numbers, so {@code [2]} before {@code [10]}), then code. */
  static final Comparator<FieldError> ORDER =
      Comparator.comparing(FieldError::path, FieldErrors::comparePaths)
          .thenComparing(FieldError::code)
          .thenComparing(FieldError::message);

  private FieldErrors() {}

  static FieldError of(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.isInIterable()) {
        // the index belongs to the container reached by the previous node
        Integer index = node.getIndex();
        Object key = node.getKey();
        path.append('[').append(index != null ? index : key != null ? key : "").append(']');
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(node.getName());
      }
      // BEAN and CONTAINER_ELEMENT nodes ("<list element>") add nothing a clerk needs to read
    }
    String label = FieldLabels.of(violation.getRootBeanClass(), path.toString());
    String code = code(violation.getConstraintDescriptor().getAnnotation().annotationType());
    return new FieldError(path.toString(), label, code, violation.getMessage());
  }

  /**
   * The simple name of a constraint annotation in UPPER_SNAKE case: {@code NotNull} → {@code
   * NOT_NULL}, {@code URL} → {@code URL}.
   */
  static String code(Class<? extends Annotation> constraint) {
    String name = constraint.getSimpleName();
    StringBuilder b = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        char prev = name.charAt(i - 1);
        boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (!Character.isUpperCase(prev) || nextLower) {
          b.append('_');
        }
      }
      b.append(Character.toUpperCase(c));
    }
    return b.toString();
  }

  /** Compares two paths, reading runs of digits as numbers. */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int ei = digitsEnd(a, i);
        int ej = digitsEnd(b, j);
        String na = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
        int c = na.length() != nb.length() ? na.length() - nb.length() : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else {
        if (ca != cb) {
          return ca - cb;
        }
        i++;
        j++;
      }
    }
    return (a.length() - i) - (b.length() - j);
  }

  private static int digitsEnd(String s, int from) {
    int k = from;
    while (k < s.length() && Character.isDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }
}
