package org.hezuo.documents.batch.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hezuo.api.constraints.Label;
import org.hezuo.api.constraints.SectionsForValidator;
import org.hezuo.api.model.CaseType;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.documents.DocumentInfo;

/**
 * The Chinese names of the case's fields, as clerks and template authors write them, turned into field
 * paths: the columns of a batch sheet, template tags ({@code {{学校名称}}}) and Word's mail-merge fields.
 * A name is a field path ({@code students.0.name}) or the Chinese names of the model's fields:
 * section and field ({@code 学生姓名}, {@code 学生.姓名}, {@code 企业.统一社会信用代码}), or the field
 * alone when only one field is called so ({@code 居民身份证号码}); a shorter name that is part of exactly
 * one field's name also serves ({@code 身份证号}). When the case type is known, a name that fits several
 * fields means the one in the sections that case type has ({@code 姓名} of a 岗位实习 case is the
 * student's). List sections mean their first item (one student per row). A name that still fits
 * several fields, or none, is refused with the names that would fit.
 */
public final class HeaderLabels {
  /** Field paths: ASCII letters, digits, underscores, dots. */
  private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*");
  private static final Pattern NOTE = Pattern.compile("[（(][^（）()]*[）)]");
  /** Before MODEL, whose building uses it. */
  private static final Pattern YES_NO_PREFIX = Pattern.compile("^(?:是否已|是否|有无|已)(?=.)");
  private static final String MODEL_PACKAGE = PolicyCase.class.getPackageName();
  /**
   * Names the document block's fields go by besides their labels: what an agreement or a notice calls
   * them (签订日期, 协议编号, 发文字号 …).
   */
  private static final Map<String, List<String>> DOC_NAMES = Map.of(
      "doc.number", List.of("编号", "协议编号", "文号", "发文字号", "文书编号"),
      "doc.date", List.of("签订日期", "成文日期", "日期", "文书日期"),
      "doc.copies", List.of("份数", "一式几份"),
      "doc.issuer", List.of("发文机关", "政府方"));

  private static final HeaderLabels MODEL = new HeaderLabels();
  /** The fields under a list item ({@code students.0}), named from there on: per prefix, made once. */
  private static final Map<String, HeaderLabels> UNDER = new java.util.concurrent.ConcurrentHashMap<>();

  /** One field: its path, type and the Chinese names of the sections leading to it and of itself. */
  private record Leaf(String path, Class<?> type, List<String> labels, boolean section) {
    /** The name that means this field and no other: the names of its sections and its own, with dots. */
    String name() {
      return String.join(".", labels.stream().map(HeaderLabels::plain).toList());
    }
  }

  private final List<Leaf> leaves = new ArrayList<>();
  /** Every exact way of naming a field → the fields so named. */
  private final Map<String, Set<Leaf>> exact = new LinkedHashMap<>();

  private HeaderLabels() {
    walk(PolicyCase.class, "", List.of(), new HashSet<>());
    walk(DocumentInfo.class, "doc", List.of("文书"), new HashSet<>());
    index();
  }

  /** The fields of {@code model} under {@code prefix}, with paths and names relative to it. */
  private HeaderLabels(HeaderLabels model, String prefix) {
    int depth = (int) java.util.Arrays.stream(prefix.split("\\.")).filter(x -> !x.chars().allMatch(Character::isDigit)).count();
    for (Leaf l : model.leaves) {
      if (l.path().startsWith(prefix + ".") && l.labels().size() > depth) {
        leaves.add(new Leaf(l.path().substring(prefix.length() + 1), l.type(),
            l.labels().subList(depth, l.labels().size()), l.section()));
      }
    }
    index();
  }

  private void index() {
    for (Leaf l : leaves) {
      DOC_NAMES.getOrDefault(l.path(), List.of()).forEach(n -> names(l, n));
      List<String> full = l.labels();
      List<String> plain = full.stream().map(HeaderLabels::plain).toList();
      for (List<String> ls : List.of(full, plain)) {
        names(l, ls.get(ls.size() - 1));
        names(l, String.join("", ls));
        names(l, String.join(".", ls));
        if (ls.size() > 2) {
          // the section and the field, without the levels between (学生.监护人姓名)
          names(l, ls.get(0) + ls.get(ls.size() - 1));
          names(l, ls.get(0) + "." + ls.get(ls.size() - 1));
        }
      }
    }
  }

  private void names(Leaf l, String name) {
    exact.computeIfAbsent(normal(name), k -> new LinkedHashSet<>()).add(l);
  }

  /**
   * The field path of each column.
   *
   * @param cells the header cells
   * @param type the case type the rows are of, when known (it settles names several sections share)
   * @return one path per column (an empty path for an empty cell: the column is ignored)
   * @throws IllegalArgumentException naming every column that fits no field or several, with the
   *     names that would fit
   */
  static List<String[]> resolve(List<String> cells, CaseType type) {
    List<String[]> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i) == null ? "" : cells.get(i).strip();
      if (c.isEmpty()) {
        out.add(new String[] {""});
        continue;
      }
      Fit f = fit(c, type);
      if (f.path() != null) {
        out.add(f.path().split("\\."));
      } else {
        problems.add("第" + (i + 1) + "列“" + c + "”" + f.problem());
        out.add(new String[] {""});
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("表头无法识别（BAD_HEADER）：" + String.join("；", problems));
    }
    return out;
  }

  /**
   * What a name means: its field path, or why it has none.
   *
   * @param path the field path, or null
   * @param problem when there is no path: that the name fits no field, or which fields it fits
   *     (Chinese, to follow the quoted name)
   */
  public record Fit(String path, String problem) {}

  /**
   * The field a name means: a field path as it is, or the Chinese names of section and field.
   *
   * @param name the name, e.g. {@code 学生姓名} or {@code students.0.name}
   * @param type the case type, when known (it settles names several sections share)
   * @return the path, or the problem
   */
  public static Fit fit(String name, CaseType type) {
    return fit(name, type, "", false);
  }

  /**
   * The field a name means among the fields of a list item, named from there on: inside a template's
   * {@code {{#each students}}}, {@code 姓名} is the student's {@code name}.
   *
   * @param name the name
   * @param type the case type, when known
   * @param under the item's path ({@code students.0}), or "" for the whole case
   * @param sections whether a name may mean a section ({@code 学生} → {@code students}), as the list
   *     of a template's loop, rather than only a field with a value
   * @return the path relative to {@code under}, or the problem
   */
  public static Fit fit(String name, CaseType type, String under, boolean sections) {
    String c = name.strip();
    if (PATH.matcher(c).matches()) {
      return new Fit(c, null);
    }
    HeaderLabels model = under.isEmpty() ? MODEL : UNDER.computeIfAbsent(under, u -> new HeaderLabels(MODEL, u));
    List<Leaf> fits = model.fits(c, sections);
    if (fits.size() > 1 && type != null) {
      List<String> ofCase = SectionsForValidator.requiredSections(type);
      List<Leaf> ofType = fits.stream().filter(l -> !l.path().contains(".") || l.path().startsWith("doc.")
          || ofCase.contains(l.path().substring(0, l.path().indexOf('.')))).toList();
      fits = ofType.isEmpty() ? fits : ofType;
    }
    if (fits.size() == 1) {
      return new Fit(fits.get(0).path(), null);
    }
    if (fits.isEmpty()) {
      return new Fit(null, "不是已知的字段名称；请写字段路径（如 students.0.name）或字段的中文名称（如 学生姓名、企业名称）");
    }
    return new Fit(null, "可指多个字段，请写成其中之一：" + String.join("、",
        fits.stream().limit(6).map(l -> l.name() + "（" + l.path() + "）").toList()));
  }

  private List<Leaf> fits(String header, boolean sections) {
    String h = normal(header);
    List<Leaf> same = exact.getOrDefault(h, Set.of()).stream().filter(l -> sections || !l.section()).toList();
    if (!same.isEmpty()) {
      return same;
    }
    // part of a field's name, after its section's name or none: 身份证号, 学生身份证号, 学生.身份证号
    Set<Leaf> within = new LinkedHashSet<>();
    for (Leaf l : leaves) {
      if (l.section() && !sections) {
        continue;
      }
      String field = normal(l.labels().get(l.labels().size() - 1));
      List<String> prefixes = new ArrayList<>(List.of(""));
      l.labels().subList(0, l.labels().size() - 1).forEach(x -> {
        // a section's name or its beginning: 实习 for 实习安排 (实习开始日期)
        String n = normal(plain(x));
        for (int k = n.length(); k >= 2; k--) {
          prefixes.add(n.substring(0, k));
        }
        prefixes.add(normal(x));
      });
      for (String prefix : prefixes) {
        if (h.startsWith(prefix)) {
          String rest = h.substring(prefix.length());
          rest = rest.startsWith(".") ? rest.substring(1) : rest;
          if (!rest.isEmpty() && field.contains(rest)) {
            within.add(l);
            break;
          }
        }
      }
    }
    return List.copyOf(within);
  }

  /** Without spaces, required-field stars and the full stop used as a separator; full-width dots as dots. */
  private static String normal(String s) {
    String n = s.replaceAll("[\\s\u3000*＊]", "").replace('．', '.').replace('。', '.').replace('·', '.');
    // a yes/no column asked as a question names the field too: 是否签订知情同意书 for 已签知情同意书
    return YES_NO_PREFIX.matcher(n).replaceFirst("").replace("签订", "签");
  }


  /** A label without its explanation in brackets: 学校类型（中职、高职……） → 学校类型. */
  private static String plain(String label) {
    String p = NOTE.matcher(label).replaceAll("").strip();
    return p.isEmpty() ? label : p;
  }

  private void walk(Class<?> type, String path, List<String> labels, Set<Class<?>> onPath) {
    if (!onPath.add(type) || labels.size() > 4) {
      return;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        Label label = f.getAnnotation(Label.class);
        if (label == null || Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        String p = path.isEmpty() ? f.getName() : path + "." + f.getName();
        List<String> ls = new ArrayList<>(labels);
        ls.add(label.value());
        Class<?> element = listElement(f.getGenericType());
        if (element != null) {
          if (isModel(element)) {
            leaves.add(new Leaf(p, f.getType(), List.copyOf(ls), true));
            walk(element, p + ".0", ls, onPath);
          }
        } else if (isModel(f.getType())) {
          leaves.add(new Leaf(p, f.getType(), List.copyOf(ls), true));
          walk(f.getType(), p, ls, onPath);
        } else {
          leaves.add(new Leaf(p, f.getType(), List.copyOf(ls), false));
        }
      }
    }
    onPath.remove(type);
  }

  private static Class<?> listElement(Type t) {
    if (t instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> raw
        && java.util.Collection.class.isAssignableFrom(raw)
        && pt.getActualTypeArguments()[0] instanceof Class<?> e) {
      return e;
    }
    return null;
  }

  private static boolean isModel(Class<?> c) {
    return !c.isEnum() && c.getPackageName().equals(MODEL_PACKAGE);
  }
}
