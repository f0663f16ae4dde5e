package org.hezuo.rules.internal;

import org.hezuo.api.admin.RuleProblem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks DSL mapping files and the sentences of DSLR files before Drools sees them, and gives
 * policy staff one clear problem per mistake instead of Drools' "Unable to expand" and the parser
 * cascade that follows it.
 *
 * <ul>
 *   <li>A {@code .dsl} file may not contain full-width punctuation or characters beyond U+9FA5
 *       (Drools' DSL lexer refuses the whole file): {@code DSL_PUNCTUATION} names line, column and
 *       character.
 *   <li>Every line of a {@code when} or {@code then} part of a {@code .dslr} file must be one whole
 *       sentence of the pack's DSL (or a raw DRL line starting with {@code >}): otherwise
 *       {@code DSL_UNKNOWN_SENTENCE} names the line and the nearest sentences. The file is then not
 *       given to Drools at all, so the cascade never appears.
 *   <li>Authors may type full-width punctuation (，：；（）) in the sentences: a matched line is
 *       rewritten in the DSL's own ASCII punctuation, the text captured by the placeholders kept
 *       verbatim, one line for one line, so line numbers stay.
 *   <li>The code a sentence expands to is linted ({@link SafetyLinter}), and its clause ids and the
 *       parameters it reads are checked against the registry and the packs' parameters, since none
 *       of them is visible in the DSLR text itself.
 * </ul>
 */
public final class DslDiagnostics {
  /** ASCII punctuation and the full-width characters authors type for it. */
  private static final Map<Character, String> FULL_WIDTH = Map.ofEntries(
      Map.entry(',', "，、"), Map.entry(':', "："), Map.entry(';', "；"), Map.entry('(', "（"),
      Map.entry(')', "）"), Map.entry('!', "！"), Map.entry('?', "？"), Map.entry('.', "。"),
      Map.entry('%', "％"), Map.entry('[', "［"), Map.entry(']', "］"), Map.entry('<', "＜"),
      Map.entry('>', "＞"), Map.entry('=', "＝"), Map.entry('-', "－"), Map.entry('+', "＋"));
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}:]+)(?::([^}]*))?\\}");
  private static final Pattern ENTRY =
      Pattern.compile("^\\s*\\[(when|condition|then|consequence|keyword|\\*)\\](?:\\[[^\\]]*\\])?(.*)$");
  private static final Pattern CLAUSE_REF = Pattern.compile(
      "(?:out\\.(?:block|review|warn|info)\\(|report\\(\\s*out\\s*,[^,]*,)\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\"");
  private static final int SUGGESTIONS = 3;

  private DslDiagnostics() {}

  /** One sentence of a DSL mapping file. */
  record Sentence(String scope, String key, String value, Pattern pattern, List<String> names,
      String display) {}

  /**
   * Checks the DSL and DSLR files of a rule set and returns the set Drools is to compile: DSLR
   * texts rewritten with the DSL's punctuation. Problems go to {@code problems}.
   *
   * @param set the rule set
   * @param clauses the clause registry, to check clause ids written in sentences
   * @param parameters the parameter names the packs define, to check those sentences read
   * @param problems where problems go
   * @return the rule set to compile
   */
  public static RuleSet prepare(RuleSet set, ClauseRegistry clauses, java.util.Set<String> parameters,
      List<RuleProblem> problems) {
    Map<String, List<Sentence>> byPack = new HashMap<>();
    for (RuleFile f : set.ofKind(RuleFile.Kind.DSL)) {
      checkPunctuation(f, problems);
      byPack.computeIfAbsent(f.pack(), k -> new ArrayList<>()).addAll(parse(f.text()));
    }
    List<RuleFile> out = new ArrayList<>();
    for (RuleFile f : set.files()) {
      List<Sentence> sentences = byPack.get(f.pack());
      if (f.kind() != RuleFile.Kind.DSLR || sentences == null || sentences.isEmpty()) {
        out.add(f);
        continue;
      }
      String text = expandCheck(f, sentences, clauses, parameters, problems).text();
      out.add(new RuleFile(f.pack(), f.path(), f.kind(), text.getBytes(StandardCharsets.UTF_8), text));
    }
    return new RuleSet(out, set.problems());
  }

  /** Full-width punctuation and characters beyond U+9FA5 make Drools' DSL lexer refuse the file. */
  static void checkPunctuation(RuleFile f, List<RuleProblem> problems) {
    String[] lines = f.text().split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      for (int j = 0; j < line.length(); ) {
        int cp = line.codePointAt(j);
        if (forbiddenInDsl(cp)) {
          String ch = new String(Character.toChars(cp));
          String ascii = asciiFor(cp);
          problems.add(new RuleProblem(f.path(), i + 1, j + 1, "DSL_PUNCTUATION",
              "DSL映射文件第" + (i + 1) + "行第" + (j + 1) + "个字符“" + ch + "”（U+"
                  + String.format("%04X", cp) + "）是全角标点或超出U+9FA5的字符，Drools无法读取整个映射文件。"
                  + (ascii == null ? "请删除或改用常用汉字。" : "请改为半角的“" + ascii + "”。")
                  + "（.dslr 规则文件中的句子可以使用全角标点。）"));
          break;
        }
        j += Character.charCount(cp);
      }
    }
  }

  private static boolean forbiddenInDsl(int cp) {
    if (cp < 0x80) {
      return false;
    }
    if (cp >= 0x4E00 && cp <= 0x9FA5) {
      return false;
    }
    return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFF00 && cp <= 0xFFEF) || cp > 0x9FA5 || cp == 0xB7;
  }

  private static String asciiFor(int cp) {
    for (Map.Entry<Character, String> e : FULL_WIDTH.entrySet()) {
      if (e.getValue().indexOf(cp) >= 0) {
        return String.valueOf(e.getKey());
      }
    }
    return switch (cp) {
      case '“', '”', '「', '」' -> "\"";
      case '‘', '’' -> "'";
      case '《' -> "<";
      case '》' -> ">";
      case '【' -> "[";
      case '】' -> "]";
      case '～' -> "~";
      default -> null;
    };
  }

  /**
   * Parses the sentences of a DSL mapping file.
   *
   * @param text the file
   * @return its sentences, in file order
   */
  static List<Sentence> parse(String text) {
    List<Sentence> list = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (line.trim().startsWith("#") || line.trim().startsWith("//")) {
        continue;
      }
      Matcher m = ENTRY.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String scope = switch (m.group(1)) {
        case "when", "condition" -> "when";
        case "then", "consequence" -> "then";
        default -> m.group(1);
      };
      String rest = m.group(2);
      int eq = indexOfUnescaped(rest, '=');
      if (eq < 0) {
        continue;
      }
      String key = rest.substring(0, eq).trim().replace("\\=", "=");
      String value = rest.substring(eq + 1).trim();
      list.add(compile(scope, key, value));
    }
    return list;
  }

  private static int indexOfUnescaped(String s, char c) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static Sentence compile(String scope, String key, String value) {
    StringBuilder re = new StringBuilder("^\\s*");
    StringBuilder display = new StringBuilder();
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(key);
    int i = 0;
    while (m.find()) {
      literal(key.substring(i, m.start()), re);
      display.append(key, i, m.start());
      names.add(m.group(1));
      re.append(m.group(2) == null ? "(.+?)" : "(" + m.group(2) + ")");
      display.append('{').append(m.group(1)).append('}');
      i = m.end();
    }
    literal(key.substring(i), re);
    display.append(key.substring(i));
    re.append("\\s*$");
    return new Sentence(scope, key, value, Pattern.compile(re.toString()), names,
        display.toString());
  }

  private static void literal(String s, StringBuilder re) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        re.append("\\s*");
        continue;
      }
      String fw = FULL_WIDTH.get(c);
      if (c == '-' && i == 0 && re.length() == 4) {
        re.append("-\\s*");
      } else if (fw != null) {
        re.append("\\s*[").append(Pattern.quote(String.valueOf(c))).append(fw).append("]\\s*");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
  }

  /**
   * What each line of a DSLR file expands to, as Drools compiles it: to find the sentence behind
   * code that failed while judging a case.
   *
   * @param set the rule set the file belongs to
   * @param dslr the DSLR file
   * @return the code of each line ("" for lines that are no sentence), or null without a DSL
   */
  static String[] expansion(RuleSet set, RuleFile dslr) {
    List<Sentence> sentences = new ArrayList<>();
    for (RuleFile f : set.ofKind(RuleFile.Kind.DSL)) {
      if (f.pack().equals(dslr.pack())) {
        sentences.addAll(parse(f.text()));
      }
    }
    return sentences.isEmpty() ? null
        : expandCheck(dslr, sentences, null, null, new ArrayList<>()).expanded();
  }

  /** A DSLR text with the DSL's punctuation, and the code each of its lines expands to. */
  private record Expansion(String text, String[] expanded) {}

  /**
   * Matches every sentence line; returns the rewritten text (same number of lines) and what each
   * line expands to.
   */
  private static Expansion expandCheck(RuleFile f, List<Sentence> sentences, ClauseRegistry clauses,
      java.util.Set<String> parameters, List<RuleProblem> problems) {
    String[] lines = f.text().split("\n", -1);
    String[] expanded = new String[lines.length];
    String part = "";
    boolean bad = false;
    for (int i = 0; i < lines.length; i++) {
      String raw = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      String t = raw.trim();
      expanded[i] = "";
      if (t.startsWith("rule ") || t.startsWith("query ")) {
        part = "rule";
        continue;
      }
      if (!part.isEmpty() && t.equals("when")) {
        part = "when";
        continue;
      }
      if (!part.isEmpty() && t.equals("then")) {
        part = "then";
        continue;
      }
      if (t.equals("end")) {
        part = "";
        continue;
      }
      if (!(part.equals("when") || part.equals("then")) || t.isEmpty() || t.startsWith("//")
          || t.startsWith("#") || t.startsWith(">")) {
        continue;
      }
      String scope = part;
      Sentence hit = null;
      Matcher hm = null;
      for (Sentence s : sentences) {
        if (!s.scope().equals(scope) && !s.scope().equals("*") && !s.scope().equals("keyword")) {
          continue;
        }
        if (t.startsWith("-") != s.key().startsWith("-")) {
          continue;
        }
        Matcher m = s.pattern().matcher(t);
        if (m.matches()) {
          hit = s;
          hm = m;
          break;
        }
      }
      if (hit == null) {
        bad = true;
        problems.add(unknown(f.path(), i + 1, t, scope, sentences));
        continue;
      }
      String indent = raw.substring(0, raw.indexOf(t.charAt(0)));
      String key = hit.key();
      String value = hit.value();
      Matcher pm = PLACEHOLDER.matcher(key);
      StringBuilder k = new StringBuilder();
      int j = 0;
      int g = 1;
      while (pm.find()) {
        k.append(key, j, pm.start()).append(hm.group(g));
        value = value.replace("{" + pm.group(1) + "}", hm.group(g));
        g++;
        j = pm.end();
      }
      k.append(key.substring(j));
      lines[i] = indent + k;
      expanded[i] = value;
      if (parameters != null) {
        DroolsRuleCompiler.parameterRefs(f.path(), i + 1, value, false, parameters, problems);
      }
      Matcher cm = CLAUSE_REF.matcher(value);
      while (clauses != null && cm.find()) {
        if (clauses.get(cm.group(1)) == null) {
          problems.add(new RuleProblem(f.path(), i + 1, 0, "CLAUSE_UNKNOWN",
              "第" + (i + 1) + "行引用的条款编号 " + cm.group(1) + " 未在任何 clauses.tsv 中登记"));
        }
      }
    }
    // what the sentences expand to is code too: lint it, line for line
    List<RuleProblem> lint = new ArrayList<>();
    SafetyLinter.lint(f.path(), String.join("\n", expanded), false, lint);
    for (RuleProblem p : lint) {
      problems.add(new RuleProblem(p.file(), p.line(), 0, p.code(),
          p.message() + "（第" + p.line() + "行的句子展开后的代码）"));
    }
    return new Expansion(bad ? f.text() : String.join("\n", lines), expanded);
  }

  private static RuleProblem unknown(String file, int line, String text, String scope,
      List<Sentence> sentences) {
    String norm = normalise(text);
    boolean dash = text.startsWith("-");
    List<Sentence> candidates = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.scope().equals(scope) && s.key().startsWith("-") == dash) {
        candidates.add(s);
      }
    }
    candidates.sort(Comparator.comparingInt((Sentence s) -> distance(norm, normalise(s.display())))
        .thenComparing(Sentence::display));
    StringBuilder sb = new StringBuilder();
    sb.append("第").append(line).append("行的句子“").append(text).append("”无法识别");
    sb.append(scope.equals("then") ? "（结论部分）" : "（条件部分）").append("。");
    if (!candidates.isEmpty()) {
      sb.append("最接近的句子：");
      for (int i = 0; i < Math.min(SUGGESTIONS, candidates.size()); i++) {
        sb.append("「").append(candidates.get(i).display()).append("」");
      }
    }
    sb.append("。句子须与 .dsl 文件中的句子逐字一致（花括号处填写具体内容）；直接写DRL代码的行以“>”开头。");
    return new RuleProblem(file, line, 1, "DSL_UNKNOWN_SENTENCE", sb.toString());
  }

  private static String normalise(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      String a = asciiFor(c);
      sb.append(a != null && a.length() == 1 ? a.charAt(0) : c);
    }
    return sb.toString();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
