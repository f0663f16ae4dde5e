package org.hezuo.rules.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.constraints.FieldLabels;
import org.hezuo.api.constraints.Label;
import org.hezuo.api.model.PolicyCase;

/**
 * Drools' compiler messages said again in Chinese for the policy staff who write rule files: what
 * is wrong, on the line it is wrong (Drools names a consequence's error on the rule's first line),
 * and the names of the case model that would fit. Drools' own words follow in brackets for whoever
 * knows them. Also finds full-width punctuation in DRL code, which Drools reports only as
 * "no viable alternative at input".
 */
final class DrlErrors {
  private static final int SUGGESTIONS = 3;
  private static final String MODEL_PACKAGE = "org.hezuo.api.model";

  private static final Pattern STRICT = Pattern.compile(
      "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\n");
  private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
  private static final Pattern UNRESOLVED = Pattern.compile(
      "Rule Compilation error\\s+(\\$?[\\w]+) cannot be resolved(?: to a (?:variable|type))?",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern UNDEFINED_METHOD = Pattern.compile(
      "The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SYNTAX_TOKEN = Pattern.compile(
      "Rule Compilation error\\s+Syntax error on token \"([^\"]+)\"");
  private static final Pattern DUPLICATE_RULE = Pattern.compile("Duplicate rule name: (.+)");
  private static final Pattern MISSING_SEMICOLON =
      Pattern.compile("Syntax error, insert \";\" to complete");
  private static final Pattern MISMATCHED = Pattern.compile(
      "\\[ERR \\d+] Line (\\d+):(\\d+) mismatched input '([^']*)'(?: expecting ([^\\n]+?))?(?: in (rule \"[^\"]*\"|.*))?$",
      Pattern.MULTILINE);
  private static final Pattern NO_VIABLE = Pattern.compile(
      "\\[ERR \\d+] Line (\\d+):(\\d+) no viable alternative at input '([^']*)'");

  /** Full-width punctuation that DRL code (outside strings and comments) must write half-width. */
  private static final Map<Character, String> FULL_WIDTH = Map.ofEntries(
      Map.entry('（', "("), Map.entry('）', ")"), Map.entry('：', ":"), Map.entry('，', ","),
      Map.entry('；', ";"), Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('‘', "'"),
      Map.entry('’', "'"), Map.entry('【', "["), Map.entry('】', "]"), Map.entry('｛', "{"),
      Map.entry('｝', "}"), Map.entry('！', "!"), Map.entry('＝', "="), Map.entry('＜', "<"),
      Map.entry('＞', ">"), Map.entry('＋', "+"), Map.entry('－', "-"), Map.entry('＊', "*"),
      Map.entry('／', "/"), Map.entry('。', "."), Map.entry('．', "."), Map.entry('\u3000', " "),
      Map.entry('＄', "$"), Map.entry('＆', "&"), Map.entry('｜', "|"));

  /** Field name → Chinese name ("" where it has none), from the model's labels. */
  private static final ClassValue<Map<String, String>> FIELDS = new ClassValue<>() {
    @Override
    protected Map<String, String> computeValue(Class<?> type) {
      Map<String, String> out = new java.util.TreeMap<>();
      FieldLabels.labels(type).forEach((name, label) -> out.put(name, label.equals(name) ? "" : label));
      return out;
    }
  };

  /** Model classes by simple name, with their Chinese names (the label of a field holding them). */
  private static final Map<String, Named> TYPES = types();

  private record Named(Class<?> type, String label) {
    String display() {
      return label.isEmpty() ? type.getSimpleName() : "“" + label + "”（" + type.getSimpleName() + "）";
    }
  }

  private DrlErrors() {}

  /**
   * A Drools compiler error as policy staff should read it.
   *
   * @param file the file's path in the rules directory
   * @param line the line Drools gives (0 when none)
   * @param col the column Drools gives (0 when none)
   * @param message Drools' message
   * @param source the DRL as compiled, to find the line concerned; null when the line numbers of
   *     the compiled text are not the file's own (spreadsheets)
   * @return the problem
   */
  static RuleProblem explain(String file, int line, int col, String message, String source) {
    RuleProblem p = explainAt(file, line, col, message, source);
    // a decision table's lines are those of the DRL made from it, not the sheet's rows
    String lower = file.toLowerCase(Locale.ROOT);
    return lower.endsWith(".drl.xlsx") || lower.endsWith(".drl.csv")
        ? new RuleProblem(p.file(), p.line(), p.column(), p.code(),
            p.message().replaceFirst("^第\\d+行(第\\d+列)?(附近)?[：，]?", ""))
        : p;
  }

  private static RuleProblem explainAt(String file, int line, int col, String message,
      String source) {
    String[] lines = source == null ? new String[0] : source.split("\r?\n", -1);
    String drools = message.strip();
    Matcher m;
    if ((m = STRICT.matcher(drools)).find()) {
      Matcher expr = EXPRESSION.matcher(drools + "\n");
      int[] at = expr.find() ? find(lines, Pattern.quote(expr.group(1).strip()), line, false) : null;
      return unknownMember(file, at != null ? at : new int[] {line, col}, m.group(1), m.group(2),
          drools);
    }
    if ((m = OBJECT_TYPE.matcher(drools)).find()) {
      String name = m.group(1);
      int[] at = find(lines, "\\b" + Pattern.quote(name) + "\\s*\\(", line, false);
      Named known = TYPES.get(name);
      String what = known != null
          ? "文件里没有导入事实类型 " + name + "：请在文件开头（package 之后）写 import " + MODEL_PACKAGE + ".*;"
          : "找不到事实类型“" + name + "”。" + nearest(name, TYPES.keySet(), n -> TYPES.get(n).display());
      return problem(file, at, line, col, "DRL_UNKNOWN_TYPE", what, drools);
    }
    if ((m = UNRESOLVED.matcher(drools)).find()) {
      String name = m.group(1);
      int[] at = find(lines, "(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])", line, true);
      String what;
      if (name.startsWith("$")) {
        what = "结论中用到的“" + name + "”没有在条件中绑定。变量要在条件中先绑定，如 " + name
            + " : Student( … )；绑定一项的值写成 " + name + " : birthDate";
      } else if (name.equals("out") || name.equals("params")) {
        what = "结论中用到的“" + name + "”没有声明：请在文件开头写 global org.hezuo.api.rules."
            + (name.equals("out") ? "RuleOutput out;" : "PackParameters params;");
      } else {
        what = "结论中的“" + name + "”未定义。写出结论用 out（如 out.block(…)），读参数用 params，"
            + "条件中绑定的变量以 $ 开头";
      }
      return problem(file, at, line, col, "DRL_UNDEFINED", what, drools);
    }
    // a method of the class Drools makes of a rule: a consequence it generated (a decision table's)
    if ((m = UNDEFINED_METHOD.matcher(drools)).find() && !m.group(3).startsWith("Rule_")) {
      String method = m.group(1);
      String type = m.group(3);
      int[] at = find(lines, "\\." + Pattern.quote(method) + "\\s*\\(", line, true);
      if (type.equals("RuleOutput")) {
        return problem(file, at, line, col, "DRL_UNDEFINED",
            "out 没有“" + method + "”。可用：block（不符合）、review（需人工复核）、warn（提示）、"
                + "info（说明）、value（计算值）", drools);
      }
      Named known = TYPES.get(type);
      if (known != null && method.matches("(get|is)[A-Z]\\w*")) {
        String field = java.beans.Introspector.decapitalize(method.substring(method.startsWith("is") ? 2 : 3));
        return unknownMember(file, at != null ? at : new int[] {line, col}, known.type().getName(),
            field, drools);
      }
      return problem(file, at, line, col, "DRL_UNDEFINED",
          "“" + type + "”没有方法“" + method + "(" + m.group(2) + ")”", drools);
    }
    if ((m = DUPLICATE_RULE.matcher(drools)).find()) {
      String name = m.group(1).strip();
      int[] first = find(lines, "rule\\s+\"?" + Pattern.quote(name) + "\"?\\s*$", 0, false);
      int[] again = first == null ? null
          : find(java.util.Arrays.copyOfRange(lines, first[0], lines.length),
              "rule\\s+\"?" + Pattern.quote(name) + "\"?\\s*$", 0, false);
      int[] at = again == null ? null : new int[] {again[0] + first[0], again[1]};
      return problem(file, at, line, col, "DRL_DUPLICATE_RULE", "规则名称“" + name + "”重复"
          + (first == null ? "" : "（第" + first[0] + "行已有）") + "：同一规则包中每条规则的名称必须不同", drools);
    }
    if ((m = SYNTAX_TOKEN.matcher(drools)).find()) {
      String token = m.group(1);
      int[] at = find(lines, Pattern.quote(token), line, true);
      return problem(file, at, line, col, "DRL_SYNTAX", "本规则的结论中“" + token
          + "”附近写法有误：检查逗号、加号、括号和引号（如 out.block(\"代码\", \"条款\", \"说明\" + $s.getName(), $s)）",
          drools);
    }
    if (MISSING_SEMICOLON.matcher(drools).find()) {
      return problem(file, unterminated(lines, line), line, col, "DRL_SYNTAX",
          "本规则的结论中有一句少了结尾的分号“;”（结论里每一句都以半角分号结束）", drools);
    }
    if ((m = MISMATCHED.matcher(drools)).find()) {
      int l = Integer.parseInt(m.group(1));
      int c = Integer.parseInt(m.group(2)) + 1;
      String input = m.group(3);
      String what;
      if (input.equalsIgnoreCase("<eof>")) {
        what = "文件在规则写完之前就结束了：检查最后一条规则是否以 end 结束，括号和引号是否成对";
      } else if (input.equals("=")) {
        what = "这里不应出现“=”：比较是否相等要写两个等号 ==";
      } else if (input.equalsIgnoreCase("and") || input.equalsIgnoreCase("or")) {
        what = "这里不应出现“" + input + "”：同一事实的几个条件用逗号或 && 连接，“或者”用 ||";
      } else if (input.equals("then") || input.equals("end")) {
        what = "这里不应出现“" + input + "”：上面的条件还没有结束，多半是少了右括号“)”";
      } else {
        what = "这里不应出现“" + input + "”"
            + (m.group(4) == null ? "" : "（此处应为 " + m.group(4).strip() + "）")
            + "：检查这一行和上一行的括号、逗号、引号";
      }
      return new RuleProblem(file, l, c, "DRL_SYNTAX", "第" + l + "行第" + c + "列：" + what + "。"
          + original(drools));
    }
    if ((m = NO_VIABLE.matcher(drools)).find()) {
      int l = Integer.parseInt(m.group(1));
      int c = Integer.parseInt(m.group(2)) + 1;
      return new RuleProblem(file, l, c, "DRL_SYNTAX", "第" + l + "行第" + c
          + "列附近写法有误：检查括号、逗号、引号是否成对，是否用了全角标点。" + original(drools));
    }
    return new RuleProblem(file, Math.max(line, 0), col, "DRL_COMPILE", "规则无法编译：" + drools);
  }

  private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.}]");
  private static final Pattern IN_RULE = Pattern.compile("[Rr]ule \"([^\"]+)\"");
  private static final Pattern CONSTRAINT = Pattern.compile("constraint '(.+?)' in \\[");

  /**
   * An exception thrown while a pack judged a case, as policy staff should read it: the rule, its
   * file and line where they can be found, and the cause in Chinese.
   *
   * @param e what the session threw
   * @param pack the pack
   * @param set the rule files the rule base was compiled from
   * @return the problem, code {@code RULE_RUNTIME_ERROR}
   */
  static RuleProblem runtime(Throwable e, String pack, RuleSet set) {
    String rule = null;
    String expression = null;
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      String msg = t.getMessage() == null ? "" : t.getMessage();
      Matcher m;
      if (rule == null && (m = IN_RULE.matcher(msg)).find()) {
        rule = m.group(1);
      }
      if (expression == null && (m = CONSTRAINT.matcher(msg)).find()) {
        expression = m.group(1).strip();
      }
      if (expression == null && (m = NEAR.matcher(msg)).find()) {
        expression = m.group(1).strip();
      }
      root = t;
    }
    String file = pack;
    int line = 0;
    Place at = expression != null ? place(set, pack, Pattern.quote(expression), true)
        : rule != null ? place(set, pack, header(rule), false) : null;
    if (at != null) {
      file = at.file();
      line = at.line();
      if (rule == null) {
        rule = enclosingRule(at.lines(), at.line());
      }
    }
    StringBuilder sb = new StringBuilder();
    if (line > 0) {
      sb.append("第").append(line).append("行");
    }
    sb.append(rule == null ? "规则包 " + pack + " 中的规则" : "规则“" + rule + "”").append("执行出错");
    if (expression != null) {
      sb.append("：条件 ").append(expression).append(" 无法求值");
    }
    sb.append("——").append(cause(root)).append("。（").append(root.getClass().getSimpleName());
    if (root.getMessage() != null) {
      sb.append("：").append(root.getMessage().lines().findFirst().orElse(""));
    }
    sb.append("）");
    return new RuleProblem(file, line, 0, "RULE_RUNTIME_ERROR", sb.toString());
  }

  /**
   * Rules of a pack that kept firing until the cap: a loop, usually a consequence inserting what
   * its own conditions match.
   *
   * @param pack the pack
   * @param rule the rule that fired last
   * @param set the rule files
   * @param cap the cap on firings per case
   * @return the problem, code {@code RULE_RUNTIME_ERROR}
   */
  static RuleProblem looping(String pack, String rule, RuleSet set, int cap) {
    Place at = place(set, pack, header(rule), false);
    String file = at == null ? pack : at.file();
    int line = at == null ? 0 : at.line();
    return new RuleProblem(file, line, 0, "RULE_RUNTIME_ERROR",
        (line > 0 ? "第" + line + "行" : "规则包 " + pack + " 中") + "规则“" + rule + "”等对一个案件反复触发，"
            + "达到 " + cap + " 次上限后停止：多半是结论插入了规则自己的条件所匹配的事实，形成循环。"
            + "请改写条件（如先判断该事实尚不存在：not …），或给规则加上 no-loop");
  }

  /** Where something was found in a pack's rule files: the file, its lines, the line from 1. */
  private record Place(String file, String[] lines, int line) {}

  /**
   * The first place in a pack's DRL and DSLR files where a pattern matches.
   *
   * @param expanded whether to look in what the sentences of a DSLR file expand to as well
   * @return the place, or null
   */
  private static Place place(RuleSet set, String pack, String regex, boolean expanded) {
    for (RuleFile f : set.files()) {
      if (!f.pack().equals(pack) || f.text() == null
          || !(f.kind() == RuleFile.Kind.DRL || f.kind() == RuleFile.Kind.DSLR)) {
        continue;
      }
      String[] lines = f.text().split("\\r?\\n", -1);
      int[] at = find(lines, regex, 0, false);
      if (at == null && expanded && f.kind() == RuleFile.Kind.DSLR) {
        // a sentence: the code is what one of its lines expands to
        String[] code = DslDiagnostics.expansion(set, f);
        at = code == null ? null : find(code, regex, 0, false);
      }
      if (at != null) {
        return new Place(f.path(), lines, at[0]);
      }
    }
    return null;
  }

  /** The header line of a rule: {@code rule "name"}. */
  private static String header(String rule) {
    return "rule\\s+\"" + Pattern.quote(rule) + "\"";
  }

  private static String cause(Throwable root) {
    String msg = root.getMessage() == null ? "" : root.getMessage();
    if (msg.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        && !(root instanceof NumberFormatException)) {
      // our own helpers (parameters, Calc) say what is wrong in Chinese
      return msg;
    }
    if (root instanceof NumberFormatException) {
      Matcher m = Pattern.compile("For input string: \"(.*)\"").matcher(msg);
      return m.find() ? "“" + m.group(1) + "”不是数字，不能与数字比较或计算" : "把不是数字的文字当作数字";
    }
    if (root instanceof ArithmeticException) {
      return msg.contains("zero") ? "除数为零" : "计算无法进行（" + msg + "）";
    }
    if (root instanceof NullPointerException) {
      return "用到的某一项在案件中没有填写（为空），请先判断它不为空（如 birthDate != null）";
    }
    if (root instanceof ClassCastException) {
      return "把一种类型的值当作另一种类型使用";
    }
    return "规则代码出错";
  }

  private static String enclosingRule(String[] lines, int line) {
    for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      Matcher m = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"").matcher(lines[i]);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * Full-width punctuation in the code of the DRL files (outside strings and comments): Drools
   * would answer with a parser error far from the cause.
   *
   * @param set the rule files
   * @return one problem per line that has such characters
   */
  static List<RuleProblem> fullWidth(RuleSet set) {
    List<RuleProblem> problems = new ArrayList<>();
    for (RuleFile f : set.ofKind(RuleFile.Kind.DRL)) {
      // comments dropped and literals blanked, offsets kept: what is left is code
      String code = SafetyLinter.blank(f.text());
      int line = 1;
      int col = 0;
      int reportedLine = 0;
      for (int i = 0; i < code.length(); i++) {
        char ch = code.charAt(i);
        col++;
        if (ch == '\n') {
          line++;
          col = 0;
        } else if (FULL_WIDTH.containsKey(ch) && reportedLine != line) {
          reportedLine = line;
          problems.add(new RuleProblem(f.path(), line, col, "DRL_FULLWIDTH",
              "第" + line + "行第" + col + "列是全角的“" + (ch == '\u3000' ? "全角空格" : String.valueOf(ch))
                  + "”：规则代码中（引号和注释以外）的标点要用半角，应为“"
                  + FULL_WIDTH.get(ch) + "”。中文只能写在引号里或注释中"));
        }
      }
    }
    return problems;
  }

  private static RuleProblem unknownMember(String file, int[] at, String className, String member,
      String drools) {
    Class<?> type = modelClass(className);
    String simple = className.substring(className.lastIndexOf('.') + 1);
    if (type != null && type.isEnum()) {
      List<String> values = new ArrayList<>();
      for (Object v : type.getEnumConstants()) {
        String label = enumLabel(v);
        values.add(((Enum<?>) v).name() + (label == null ? "" : "（" + label + "）"));
      }
      return problem(file, at, at[0], at[1], "DRL_UNKNOWN_VALUE",
          simple + " 没有取值“" + member + "”。可用的取值：" + String.join("、", values), drools);
    }
    if (type == null) {
      return problem(file, at, at[0], at[1], "DRL_UNDEFINED",
          "“" + simple + "”没有“" + member + "”", drools);
    }
    Map<String, String> fields = FIELDS.get(type);
    Named named = TYPES.get(type.getSimpleName());
    String label = named == null ? "" : named.label();
    // someone may have written the Chinese name of the field
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (!e.getValue().isEmpty() && e.getValue().equals(member)) {
        return problem(file, at, at[0], at[1], "DRL_UNKNOWN_FIELD",
            "规则代码中要写字段的英文名：“" + member + "”应写成 " + e.getKey(), drools);
      }
    }
    return problem(file, at, at[0], at[1], "DRL_UNKNOWN_FIELD",
        (label.isEmpty() ? simple : "“" + label + "”（" + simple + "）") + "没有“" + member + "”这一项。"
            + nearest(member, fields.keySet(), n -> n + (fields.get(n).isEmpty() ? "" : "（" + fields.get(n) + "）"))
            + "各项的含义见 " + MODEL_PACKAGE + "." + simple, drools);
  }

  private static String nearest(String name, java.util.Collection<String> names,
      java.util.function.Function<String, String> display) {
    List<String> shown = nearestNames(name, names).stream().map(display).toList();
    return shown.isEmpty() ? "" : "最接近的：" + String.join("、", shown) + "。";
  }

  /**
   * The names nearest to a misspelt one (edit distance, letter case aside), at most three.
   *
   * @param name the name written
   * @param names the names there are
   * @return the nearest first
   */
  static List<String> nearestNames(String name, java.util.Collection<String> names) {
    String key = name.toLowerCase(Locale.ROOT);
    return names.stream()
        .sorted(Comparator.comparingInt((String n) -> DslDiagnostics.distance(key, n.toLowerCase(Locale.ROOT)))
            .thenComparing(n -> n))
        .limit(SUGGESTIONS).toList();
  }

  private static RuleProblem problem(String file, int[] at, int line, int col, String code,
      String what, String drools) {
    int l = at != null ? at[0] : Math.max(line, 0);
    int c = at != null ? at[1] : col;
    return new RuleProblem(file, l, c, code, (l > 0 ? "第" + l + "行：" : "") + what
        + (what.endsWith("。") ? "" : "。") + original(drools));
  }

  private static String original(String drools) {
    String first = drools.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
    return "（Drools：" + first + "）";
  }

  /**
   * Where a pattern first matches: on the rule that starts at {@code from} (its consequence only
   * when {@code consequence}), else anywhere in the file.
   *
   * @return line and column from 1, or null
   */
  private static int[] find(String[] lines, String regex, int from, boolean consequence) {
    Pattern p = Pattern.compile(regex);
    int start = Math.max(from - 1, 0);
    if (start < lines.length) {
      boolean inThen = !consequence;
      for (int i = start; i < lines.length; i++) {
        String t = lines[i].strip();
        if (i > start && (t.startsWith("rule ") || t.startsWith("rule\""))) {
          break;
        }
        if (t.equals("then")) {
          inThen = true;
          continue;
        }
        if (inThen) {
          Matcher m = p.matcher(lines[i]);
          if (m.find()) {
            return new int[] {i + 1, m.start() + 1};
          }
        }
        if (t.equals("end")) {
          break;
        }
      }
    }
    for (int i = 0; i < lines.length; i++) {
      Matcher m = p.matcher(lines[i]);
      if (m.find()) {
        return new int[] {i + 1, m.start() + 1};
      }
    }
    return null;
  }

  /**
   * The first statement of the consequence of the rule starting at {@code from} that ends without
   * a semicolon and is not continued on the next line.
   *
   * @return line and column (after the statement) from 1, or null
   */
  private static int[] unterminated(String[] lines, int from) {
    boolean inThen = false;
    for (int i = Math.max(from - 1, 0); i < lines.length; i++) {
      String t = lines[i].strip();
      if (t.equals("end")) {
        break;
      }
      if (t.equals("then")) {
        inThen = true;
        continue;
      }
      if (!inThen || t.isEmpty() || t.startsWith("//")) {
        continue;
      }
      String next = "";
      for (int j = i + 1; j < lines.length && next.isEmpty(); j++) {
        next = lines[j].strip();
      }
      boolean continued = t.matches(".*[;{}(,+\\-*/&|?:=]$")
          || next.matches("^[.+\\-*/)&|?:].*") || next.startsWith("\"");
      if (!continued) {
        return new int[] {i + 1, lines[i].stripTrailing().length() + 1};
      }
    }
    return null;
  }

  /**
   * A class of the case model.
   *
   * @param simpleName its simple name, as a pattern writes it
   * @return the class, or null when the model has none of that name
   */
  static Class<?> modelType(String simpleName) {
    Named n = TYPES.get(simpleName);
    return n == null ? null : n.type();
  }

  /**
   * The Chinese name of a field of the case model.
   *
   * @param type the class
   * @param field the field's name
   * @return its label, or "" when it has none
   */
  static String fieldLabel(Class<?> type, String field) {
    return FIELDS.get(type).getOrDefault(field, "");
  }

  private static Class<?> modelClass(String name) {
    String simple = name.substring(name.lastIndexOf('.') + 1);
    Named n = TYPES.get(simple);
    return n != null && n.type().getName().equals(name) ? n.type() : null;
  }

  /**
   * The Chinese label of an option of the case model.
   *
   * @param constant the enum constant
   * @return its {@code label()}, or null when its enum has none
   */
  static String enumLabel(Object constant) {
    try {
      return String.valueOf(constant.getClass().getMethod("label").invoke(constant));
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static Map<String, Named> types() {
    Map<String, Named> out = new LinkedHashMap<>();
    out.put(PolicyCase.class.getSimpleName(), new Named(PolicyCase.class, "案件"));
    collect(PolicyCase.class, out);
    return Map.copyOf(out);
  }

  private static void collect(Class<?> type, Map<String, Named> out) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        Class<?> t = f.getType();
        if (List.class.isAssignableFrom(t) && f.getGenericType() instanceof ParameterizedType pt) {
          Type arg = pt.getActualTypeArguments()[0];
          t = arg instanceof Class<?> k ? k : t;
        }
        if (!t.getPackageName().equals(MODEL_PACKAGE) || out.containsKey(t.getSimpleName())) {
          continue;
        }
        Label l = f.getAnnotation(Label.class);
        out.put(t.getSimpleName(), new Named(t, l == null ? "" : l.value()));
        if (!t.isEnum()) {
          collect(t, out);
        }
      }
    }
  }
}
