package org.hezuo.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hezuo.api.admin.RuleProblem;

/**
 * What the computed values of the decisions mean, in Chinese, read from every {@code values.tsv}
 * (header {@code name label unit}, tab-separated, UTF-8). A name may hold one {@code *} standing
 * for the part a rule fills in ({@code postRatio.*}, {@code share.*.university}); the label puts
 * that part where it writes {@code {}}. The same name described twice with different words is a
 * problem; identical rows are allowed so packs can be self-contained.
 */
public final class ValueLabels {
  /** No value described. */
  public static final ValueLabels NONE = new ValueLabels(Map.of(), List.of());

  private final Map<String, Entry> exact;
  private final List<Entry> patterns;

  private record Entry(int index, String name, String label, String unit, String file,
      String prefix, String suffix) {
    String text(String part) {
      String l = part == null ? label
          : label.contains("{}") ? label.replace("{}", part) : label + "（" + part + "）";
      return unit.isEmpty() ? l : l + "（" + unit + "）";
    }
  }

  private ValueLabels(Map<String, Entry> exact, List<Entry> patterns) {
    this.exact = Map.copyOf(exact);
    this.patterns = List.copyOf(patterns);
  }

  /**
   * Parses the registry files.
   *
   * @param files the {@code values.tsv} files
   * @param problems where refusals go
   * @return the labels
   */
  public static ValueLabels parse(List<RuleFile> files, List<RuleProblem> problems) {
    Map<String, Entry> all = new LinkedHashMap<>();
    for (RegistryTsv.Row row : RegistryTsv.rows(files, "name")) {
      String name = row.col(0);
      String label = row.col(1);
      int star = name.indexOf('*');
      if (name.isEmpty() || label.isEmpty() || name.chars().anyMatch(Character::isWhitespace)
          || (star >= 0 && name.indexOf('*', star + 1) >= 0) || row.cols().length > 3) {
        problems.add(new RuleProblem(row.file().path(), row.line(), 0, "VALUE_LABEL_FORMAT",
            "计算值说明表每行应有2到3列（计算值名称、中文说明、单位），以制表符分隔；名称和说明不能为空，"
                + "名称中不能有空格，最多一个 *（代表规则填入的部分，如 postRatio.*）"));
        continue;
      }
      Entry e = new Entry(all.size(), name, label, row.col(2), row.file().path(),
          star < 0 ? null : name.substring(0, star), star < 0 ? null : name.substring(star + 1));
      Entry old = all.putIfAbsent(name, e);
      if (old != null && !(old.label().equals(e.label()) && old.unit().equals(e.unit()))) {
        problems.add(new RuleProblem(row.file().path(), row.line(), 0, "VALUE_LABEL_CONFLICT",
            "计算值 " + name + " 已在 " + old.file() + " 中以不同的说明登记"));
      }
    }
    Map<String, Entry> exact = new LinkedHashMap<>();
    List<Entry> patterns = new ArrayList<>();
    for (Entry e : all.values()) {
      if (e.prefix() == null) {
        exact.put(e.name(), e);
      } else {
        patterns.add(e);
      }
    }
    // the most specific pattern first: the one that fixes the most characters
    patterns.sort(Comparator.comparingInt((Entry e) -> e.prefix().length() + e.suffix().length())
        .reversed());
    return new ValueLabels(exact, patterns);
  }

  /**
   * The Chinese label of a computed value, with its unit.
   *
   * @param name the value's name as a rule wrote it, e.g. {@code postRatio.设备巡检}
   * @return e.g. {@code 岗位“设备巡检”实习学生占同类岗位在岗职工的比例（%）}, or null when no
   *     {@code values.tsv} describes it
   */
  public String labelOf(String name) {
    Match m = match(name);
    return m == null ? null : m.entry().text(m.part());
  }

  /**
   * Values in the order the {@code values.tsv} files describe them (a name with {@code *} in the
   * order of the parts filled in), those no file describes last, by name.
   *
   * @param values the computed values
   * @param <V> the values' type
   * @return a copy in that order
   */
  public <V> Map<String, V> inRegistryOrder(Map<String, V> values) {
    return ordered(values).values();
  }

  /**
   * A decision's values in registry order with their labels.
   *
   * @param values the values, in {@link #inRegistryOrder} order
   * @param labels each described value's label, in the same order
   * @param <V> the values' type
   */
  public record Labelled<V>(Map<String, V> values, Map<String, String> labels) {}

  /**
   * Values in {@link #inRegistryOrder} order and their labels, each name matched once (this runs
   * for every decision).
   *
   * @param values the computed values
   * @param <V> the values' type
   * @return both, ordered
   */
  public <V> Labelled<V> ordered(Map<String, V> values) {
    record Placed(String name, int index, String part, String label) {}
    List<Placed> placed = new ArrayList<>(values.size());
    for (String name : values.keySet()) {
      Match m = match(name);
      placed.add(new Placed(name, m == null ? Integer.MAX_VALUE : m.entry().index(),
          m == null || m.part() == null ? "" : m.part(), m == null ? null : m.entry().text(m.part())));
    }
    placed.sort(Comparator.comparingInt(Placed::index).thenComparing(Placed::part)
        .thenComparing(Placed::name));
    Map<String, V> out = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (Placed p : placed) {
      out.put(p.name(), values.get(p.name()));
      if (p.label() != null) {
        labels.put(p.name(), p.label());
      }
    }
    return new Labelled<>(out, labels);
  }

  private record Match(Entry entry, String part) {}

  private Match match(String name) {
    Entry e = exact.get(name);
    if (e != null) {
      return new Match(e, null);
    }
    for (Entry p : patterns) {
      if (name.length() > p.prefix().length() + p.suffix().length()
          && name.startsWith(p.prefix()) && name.endsWith(p.suffix())) {
        return new Match(p,
            name.substring(p.prefix().length(), name.length() - p.suffix().length()));
      }
    }
    return null;
  }

  /**
   * The labels of some values, for a decision.
   *
   * @param values the computed values
   * @return each described value's label, in the order of {@code values}
   */
  public Map<String, String> labelsOf(Map<String, ?> values) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : values.keySet()) {
      String l = labelOf(name);
      if (l != null) {
        out.put(name, l);
      }
    }
    return out;
  }

  /**
   * Number of names described.
   *
   * @return the count
   */
  public int size() {
    return exact.size() + patterns.size();
  }
}
