package org.hezuo.web.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hezuo.api.constraints.CreditCode;
import org.hezuo.api.constraints.DateRange;
import org.hezuo.api.constraints.Label;
import org.hezuo.api.constraints.Phone;
import org.hezuo.api.constraints.ResidentId;
import org.hezuo.api.constraints.SectionsForValidator;
import org.hezuo.api.model.CaseType;
import org.hezuo.api.model.PolicyCase;

/**
 * JSON Schema (2020-12) of a case type, read from the model classes: {@code @Label} gives titles,
 * Bean Validation constraints give required/length/range/pattern, enums give options with their
 * Chinese labels ({@code x-enumLabels}). Enough for the console to generate a form. Results are
 * cached: the model does not change at run time.
 */
public final class SchemaGenerator {
  private static final Set<String> COMMON = Set.of("caseId", "caseType", "asOf", "title");
  private final Map<CaseType, Map<String, Object>> cache = new ConcurrentHashMap<>();

  /**
   * The schema of one case type: the common fields and the sections the type uses.
   *
   * @param type the case type
   * @return the schema as JSON-ready maps
   */
  public Map<String, Object> schema(CaseType type) {
    return cache.computeIfAbsent(type, this::build);
  }

  /**
   * The sections a case type shows: the required ones, plus agreements and students where a school
   * and an enterprise take part.
   *
   * @param type the case type
   * @return property names of {@link PolicyCase}
   */
  public static List<String> sections(CaseType type) {
    List<String> required = SectionsForValidator.requiredSections(type);
    List<String> all = new ArrayList<>(required);
    if (required.contains("school")) {
      for (String extra : List.of("agreements", "students")) {
        if (!all.contains(extra)) {
          all.add(extra);
        }
      }
    }
    return all;
  }

  private Map<String, Object> build(CaseType type) {
    List<String> sections = sections(type);
    Map<String, Object> root = objectSchema(PolicyCase.class, name -> COMMON.contains(name) || sections.contains(name), 0);
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "/hezuo/api/schema/" + type.name());
    root.put("title", type.label());
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) root.get("properties");
    Map<String, Object> ct = new LinkedHashMap<>();
    ct.put("title", "案件类型");
    ct.put("const", type.name());
    ct.put("x-label", type.label());
    props.put("caseType", ct);
    @SuppressWarnings("unchecked")
    List<String> req = (List<String>) root.get("required");
    for (String s : SectionsForValidator.requiredSections(type)) {
      if (!req.contains(s)) {
        req.add(s);
      }
    }
    root.put("x-sections", sections);
    return root;
  }

  private Map<String, Object> objectSchema(Class<?> type, java.util.function.Predicate<String> include, int depth) {
    if (depth > 6) {
      throw new IllegalStateException("model nests too deep at " + type.getName());
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "object");
    Map<String, Object> props = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Field f : fields(type)) {
      if (Modifier.isStatic(f.getModifiers()) || !include.test(f.getName())) {
        continue;
      }
      Map<String, Object> p = typeSchema(f.getGenericType(), depth);
      Label label = f.getAnnotation(Label.class);
      Map<String, Object> prop = new LinkedHashMap<>();
      prop.put("title", label != null ? label.value() : f.getName());
      prop.putAll(p);
      if (constrain(f, prop)) {
        required.add(f.getName());
      }
      props.put(f.getName(), prop);
    }
    s.put("properties", props);
    s.put("required", required);
    s.put("additionalProperties", false);
    List<Map<String, String>> ranges = new ArrayList<>();
    for (DateRange r : type.getAnnotationsByType(DateRange.class)) {
      ranges.add(Map.of("start", r.start(), "end", r.end(), "message", r.message()));
    }
    if (!ranges.isEmpty()) {
      s.put("x-dateRanges", ranges);
    }
    return s;
  }

  /** The fields of a model class and of its superclasses (School and Enterprise extend Party), inherited ones first. */
  private static List<Field> fields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      fields.addAll(0, List.of(c.getDeclaredFields()));
    }
    return fields;
  }

  private Map<String, Object> typeSchema(Type t, int depth) {
    Map<String, Object> s = new LinkedHashMap<>();
    if (t instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> raw && List.class.isAssignableFrom(raw)) {
      s.put("type", "array");
      s.put("items", typeSchema(pt.getActualTypeArguments()[0], depth + 1));
      return s;
    }
    Class<?> c = (Class<?>) (t instanceof ParameterizedType pt ? pt.getRawType() : t);
    if (c == String.class) {
      s.put("type", "string");
    } else if (c == Boolean.class || c == boolean.class) {
      s.put("type", "boolean");
    } else if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
      s.put("type", "integer");
    } else if (c == BigDecimal.class || c == Double.class || c == double.class) {
      s.put("type", "number");
    } else if (c == LocalDate.class) {
      s.put("type", "string");
      s.put("format", "date");
    } else if (c == LocalTime.class) {
      s.put("type", "string");
      s.put("format", "time");
      s.put("pattern", "^([01][0-9]|2[0-3]):[0-5][0-9]$");
    } else if (c.isEnum()) {
      s.put("type", "string");
      List<String> codes = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (Object o : c.getEnumConstants()) {
        Enum<?> e = (Enum<?>) o;
        codes.add(e.name());
        labels.add(enumLabel(e));
      }
      s.put("enum", codes);
      s.put("x-enumLabels", labels);
    } else {
      return objectSchema(c, name -> true, depth + 1);
    }
    return s;
  }

  private static String enumLabel(Enum<?> e) {
    try {
      return String.valueOf(e.getClass().getMethod("label").invoke(e));
    } catch (ReflectiveOperationException ex) {
      return e.name();
    }
  }

  /** Adds the field's constraints to its schema; returns whether the field is required. */
  private static boolean constrain(Field f, Map<String, Object> p) {
    boolean array = "array".equals(p.get("type"));
    boolean required = f.isAnnotationPresent(NotNull.class);
    if (f.isAnnotationPresent(NotBlank.class) || f.isAnnotationPresent(NotEmpty.class)) {
      required = true;
      p.put(array ? "minItems" : "minLength", 1);
    }
    Size size = f.getAnnotation(Size.class);
    if (size != null) {
      if (size.min() > 0) {
        p.put(array ? "minItems" : "minLength", size.min());
      }
      if (size.max() < Integer.MAX_VALUE) {
        p.put(array ? "maxItems" : "maxLength", size.max());
      }
    }
    Pattern pattern = f.getAnnotation(Pattern.class);
    if (pattern != null) {
      p.put("pattern", "^(?:" + pattern.regexp() + ")$");
      p.put("x-patternMessage", pattern.message().startsWith("{") ? "格式不正确" : pattern.message());
    }
    Min min = f.getAnnotation(Min.class);
    if (min != null) {
      p.put("minimum", min.value());
    }
    Max max = f.getAnnotation(Max.class);
    if (max != null) {
      p.put("maximum", max.value());
    }
    DecimalMin dmin = f.getAnnotation(DecimalMin.class);
    if (dmin != null) {
      p.put(dmin.inclusive() ? "minimum" : "exclusiveMinimum", new BigDecimal(dmin.value()));
    }
    DecimalMax dmax = f.getAnnotation(DecimalMax.class);
    if (dmax != null) {
      p.put(dmax.inclusive() ? "maximum" : "exclusiveMaximum", new BigDecimal(dmax.value()));
    }
    if (f.isAnnotationPresent(Positive.class)) {
      p.put("exclusiveMinimum", 0);
    }
    if (f.isAnnotationPresent(PositiveOrZero.class)) {
      p.put("minimum", 0);
    }
    if (f.isAnnotationPresent(Past.class)) {
      p.put("x-past", true);
    }
    if (f.isAnnotationPresent(PastOrPresent.class)) {
      p.put("x-pastOrPresent", true);
    }
    if (f.isAnnotationPresent(ResidentId.class)) {
      p.put("x-format", "resident-id");
      p.put("pattern", "^[0-9]{17}[0-9Xx]$");
      p.put("x-patternMessage", "应为18位居民身份证号码（最后一位可为X）");
    }
    if (f.isAnnotationPresent(Phone.class)) {
      p.put("x-format", "phone");
      p.put("pattern", "^(?:(\\+?86[- ]?)?1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?|[48]00-?[0-9]{3}-?[0-9]{4})$");
      p.put("x-patternMessage", "应为11位手机号或带区号的固定电话");
    }
    if (f.isAnnotationPresent(CreditCode.class)) {
      p.put("x-format", "credit-code");
      p.put("pattern", "^[0-9A-Za-z]{18}$");
      p.put("x-patternMessage", "应为18位统一社会信用代码");
    }
    return required;
  }
}
