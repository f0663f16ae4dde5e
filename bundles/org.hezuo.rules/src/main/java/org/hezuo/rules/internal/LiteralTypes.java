package org.hezuo.rules.internal;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hezuo.api.admin.RuleProblem;

/**
 * Text compared with a number or a yes/no field in a pattern of a DRL file ({@code grade ==
 * "一年级"}, {@code staffTotal > "100人"}): Drools accepts it, and the conversion fails only when a
 * case meets the rule. Found when the file is saved instead.
 */
final class LiteralTypes {
  private static final Pattern HEAD = Pattern.compile("\\b([A-Z][A-Za-z0-9_]*)\\s*\\(");
  private static final Pattern COMPARISON = Pattern.compile(
      "^\\s*(?:\\$\\w+\\s*:\\s*)?([a-zA-Z_]\\w*(?:\\.[a-zA-Z_]\\w*)*)\\s*(==|!=|<=|>=|<|>)\\s*\"([^\"]*)\"\\s*$");

  private LiteralTypes() {}

  /**
   * Checks the DRL files of a rule set.
   *
   * @param set the rule files
   * @return one problem per comparison that cannot hold
   */
  static List<RuleProblem> check(RuleSet set) {
    List<RuleProblem> problems = new ArrayList<>();
    for (RuleFile f : set.ofKind(RuleFile.Kind.DRL)) {
      String code = SafetyLinter.blank(f.text(), true);
      Matcher head = HEAD.matcher(code);
      int from = 0;
      while (from < code.length() && head.find(from)) {
        Class<?> type = DrlErrors.modelType(head.group(1));
        int open = head.end() - 1;
        int close = closing(code, open);
        if (type == null || close < 0) {
          from = head.end();
          continue;
        }
        for (int[] part : parts(code, open + 1, close)) {
          check(f.path(), code, type, part[0], part[1], problems);
        }
        from = head.end();
      }
    }
    return problems;
  }

  private static void check(String file, String code, Class<?> type, int start, int end,
      List<RuleProblem> problems) {
    Matcher m = COMPARISON.matcher(code.substring(start, end));
    if (!m.find()) {
      return;
    }
    Class<?> owner = type;
    Class<?> t = type;
    String last = null;
    for (String name : m.group(1).split("\\.")) {
      Method getter = getter(t, name);
      if (getter == null) {
        return;
      }
      owner = t;
      last = name;
      t = getter.getReturnType();
    }
    String literal = m.group(3);
    String field = m.group(1);
    String op = m.group(2);
    String kind = null;
    String effect = "要到审查案件时才会出错";
    String example = null;
    if ((Number.class.isAssignableFrom(t) || (t.isPrimitive() && t != boolean.class))
        && !isNumber(literal)) {
      kind = "数字";
      example = "去掉引号，写成如 " + field + " " + op + " 1";
    } else if ((t == Boolean.class || t == boolean.class)
        && !literal.equals("true") && !literal.equals("false")) {
      kind = "是否（true / false）";
      example = "去掉引号，写成如 " + field + " == true";
    } else if (t.isEnum()) {
      // compared with text, an option is never equal: the rule would silently never match
      kind = "选项";
      effect = "永远不成立，规则不会触发";
      example = enumExample(t, field, op, literal);
    } else if (t == LocalDate.class && !DROOLS_DATE.matcher(literal).matches()) {
      kind = "日期";
      LocalDate d = org.hezuo.json.HezuoJson.date(literal);
      example = "写成 " + field + " " + op + " java.time.LocalDate.of("
          + (d == null ? "2026, 9, 1" : d.getYear() + ", " + d.getMonthValue() + ", " + d.getDayOfMonth()) + ")";
    }
    if (kind == null) {
      return;
    }
    int at = start + m.start(3) - 1;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (code.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String label = DrlErrors.fieldLabel(owner, last);
    problems.add(new RuleProblem(file, line, at - lineStart + 1, "DRL_TYPE_MISMATCH",
        "第" + line + "行：" + field + (label.isEmpty() ? "" : "（" + label + "）") + "是" + kind
            + "，不能与文字“" + literal + "”比较（" + effect + "）。请" + example));
  }

  /** Drools' own date literal, dd-MMM-yyyy ({@code "01-Jan-2010"}), which it converts. */
  private static final Pattern DROOLS_DATE = Pattern.compile("\\d{1,2}-[A-Za-z]{3}-\\d{4}");

  /** How to write the option meant: by its code or its Chinese label, else the list of them. */
  private static String enumExample(Class<?> type, String field, String op, String literal) {
    List<String> all = new ArrayList<>();
    for (Object c : type.getEnumConstants()) {
      String name = ((Enum<?>) c).name();
      // an option without a Chinese label is written by its code only
      String label = DrlErrors.enumLabel(c);
      if (name.equalsIgnoreCase(literal.strip()) || literal.strip().equals(label)) {
        return "写成 " + field + " " + op + " " + type.getSimpleName() + "." + name;
      }
      all.add(type.getSimpleName() + "." + name + (label == null ? "" : "（" + label + "）"));
    }
    return "写成 " + field + " " + op + " 以下之一：" + String.join("、", all);
  }

  private static boolean isNumber(String s) {
    try {
      new BigDecimal(s.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Method getter(Class<?> type, String name) {
    for (Method m : type.getMethods()) {
      String n = m.getName();
      if (m.getParameterCount() == 0
          && ((n.startsWith("get") && n.length() > 3) || (n.startsWith("is") && n.length() > 2))
          && Introspector.decapitalize(n.substring(n.startsWith("is") ? 2 : 3)).equals(name)) {
        return m;
      }
    }
    return null;
  }

  /**
   * Where the string or character literal opening at {@code at} closes (escapes skipped).
   *
   * @param code the code
   * @param at the index of the opening quote
   * @return the index of the closing quote, or the last index when it does not close
   */
  static int endOfLiteral(String code, int at) {
    char quote = code.charAt(at);
    for (int i = at + 1; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return code.length() - 1;
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1. */
  private static int closing(String code, int open) {
    int depth = 0;
    for (int i = open; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(code, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The constraints between {@code start} and {@code end}: split at top-level , && and ||. */
  private static List<int[]> parts(String code, int start, int end) {
    List<int[]> parts = new ArrayList<>();
    int depth = 0;
    int from = start;
    for (int i = start; i < end; i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(code, i);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (depth == 0 && (c == ',' || ((c == '&' || c == '|') && i + 1 < end
          && code.charAt(i + 1) == c))) {
        parts.add(new int[] {from, i});
        from = c == ',' ? i + 1 : i + 2;
        if (c != ',') {
          i++;
        }
      }
    }
    parts.add(new int[] {from, end});
    return parts;
  }
}
