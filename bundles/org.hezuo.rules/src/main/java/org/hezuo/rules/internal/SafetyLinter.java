package org.hezuo.rules.internal;

import org.hezuo.api.admin.RuleProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses rule files that reach outside the case model and a small allow-list. Policy staff may
 * change policy, not run code: a DRL consequence or function can run any Java, so every rule text
 * is scanned — comments dropped, string literals blanked — for the system, reflection, class
 * loading, files, network, processes, threads, scripting, JNDI, unicode escapes, static-field writes
 * and Drools runtime handles, and imports and globals must come from the allow-list.
 */
public final class SafetyLinter {
  private static final List<String> ALLOWED_IMPORT_PREFIXES = List.of(
      "org.hezuo.api.model.", "org.hezuo.api.rules.", "org.hezuo.api.decision.",
      "java.time.", "java.math.");
  private static final List<String> ALLOWED_UTIL = List.of(
      "List", "ArrayList", "LinkedList", "Map", "HashMap", "LinkedHashMap", "TreeMap", "Set",
      "HashSet", "LinkedHashSet", "TreeSet", "Collection", "Collections", "Arrays", "Objects",
      "Optional", "Iterator", "Comparator");
  private static final Map<String, String> GLOBALS = Map.of(
      "out", "org.hezuo.api.rules.RuleOutput", "params", "org.hezuo.api.rules.PackParameters");

  /** Identifier → why it is refused. */
  private static final Map<String, String> BANNED = Map.ofEntries(
      Map.entry("System", "系统调用（System）"),
      Map.entry("Runtime", "运行时与进程（Runtime）"),
      Map.entry("ProcessBuilder", "启动进程（ProcessBuilder）"),
      Map.entry("Process", "进程（Process）"),
      Map.entry("ProcessHandle", "进程（ProcessHandle）"),
      Map.entry("Thread", "线程（Thread）"),
      Map.entry("ThreadGroup", "线程（ThreadGroup）"),
      Map.entry("ThreadLocal", "线程（ThreadLocal）"),
      Map.entry("Executors", "线程池（Executors）"),
      Map.entry("ExecutorService", "线程池（ExecutorService）"),
      Map.entry("ForkJoinPool", "线程池（ForkJoinPool）"),
      Map.entry("CompletableFuture", "异步任务（CompletableFuture）"),
      Map.entry("Timer", "定时任务（Timer）"),
      Map.entry("ClassLoader", "类加载器（ClassLoader）"),
      Map.entry("URLClassLoader", "类加载器（URLClassLoader）"),
      Map.entry("Class", "反射（Class）"),
      Map.entry("getClass", "反射（getClass）"),
      Map.entry("forName", "反射（Class.forName）"),
      Map.entry("getDeclaredMethod", "反射（getDeclaredMethod）"),
      Map.entry("getDeclaredField", "反射（getDeclaredField）"),
      Map.entry("getMethod", "反射（getMethod）"),
      Map.entry("getField", "反射（getField）"),
      Map.entry("setAccessible", "反射（setAccessible）"),
      Map.entry("invoke", "反射调用（invoke）"),
      Map.entry("newInstance", "反射创建对象（newInstance）"),
      Map.entry("MethodHandles", "方法句柄（java.lang.invoke）"),
      Map.entry("MethodHandle", "方法句柄（java.lang.invoke）"),
      Map.entry("Unsafe", "内部接口（Unsafe）"),
      Map.entry("File", "文件访问（File）"),
      Map.entry("Files", "文件访问（Files）"),
      Map.entry("Path", "文件访问（Path）"),
      Map.entry("Paths", "文件访问（Paths）"),
      Map.entry("FileInputStream", "文件访问（FileInputStream）"),
      Map.entry("FileOutputStream", "文件访问（FileOutputStream）"),
      Map.entry("FileReader", "文件访问（FileReader）"),
      Map.entry("FileWriter", "文件访问（FileWriter）"),
      Map.entry("RandomAccessFile", "文件访问（RandomAccessFile）"),
      Map.entry("PrintStream", "输出流（PrintStream）"),
      Map.entry("ObjectInputStream", "反序列化（ObjectInputStream）"),
      Map.entry("ObjectOutputStream", "序列化（ObjectOutputStream）"),
      Map.entry("Socket", "网络访问（Socket）"),
      Map.entry("ServerSocket", "网络访问（ServerSocket）"),
      Map.entry("DatagramSocket", "网络访问（DatagramSocket）"),
      Map.entry("URL", "网络访问（URL）"),
      Map.entry("URI", "网络访问（URI）"),
      Map.entry("HttpClient", "网络访问（HttpClient）"),
      Map.entry("HttpURLConnection", "网络访问（HttpURLConnection）"),
      Map.entry("InetAddress", "网络访问（InetAddress）"),
      Map.entry("ScriptEngineManager", "脚本引擎（javax.script）"),
      Map.entry("ScriptEngine", "脚本引擎（javax.script）"),
      Map.entry("InitialContext", "JNDI（InitialContext）"),
      Map.entry("Context", "JNDI（Context）"),
      Map.entry("SecurityManager", "安全管理器（SecurityManager）"),
      Map.entry("ServiceLoader", "服务加载（ServiceLoader）"),
      Map.entry("Proxy", "动态代理（Proxy）"),
      Map.entry("exec", "执行命令（exec）"),
      Map.entry("exit", "退出程序（exit）"),
      Map.entry("halt", "终止程序（halt）"),
      Map.entry("getenv", "环境变量（getenv）"),
      Map.entry("getProperty", "系统属性（getProperty）"),
      Map.entry("setProperty", "系统属性（setProperty）"),
      Map.entry("loadLibrary", "本地库（loadLibrary）"),
      Map.entry("kcontext", "规则引擎运行时（kcontext）"),
      Map.entry("getKieRuntime", "规则引擎运行时（getKieRuntime）"),
      Map.entry("getWorkingMemory", "规则引擎运行时（getWorkingMemory）"),
      Map.entry("getKieBase", "规则引擎运行时（getKieBase）"),
      Map.entry("getGlobals", "规则引擎运行时（getGlobals）"),
      Map.entry("setGlobal", "规则引擎运行时（setGlobal）"),
      Map.entry("synchronized", "线程同步（synchronized）"),
      Map.entry("native", "本地代码（native）"),
      Map.entry("wait", "线程等待（wait）"),
      Map.entry("notify", "线程通知（notify）"),
      Map.entry("notifyAll", "线程通知（notifyAll）"),
      Map.entry("finalize", "对象终结（finalize）"));

  private static final Pattern IDENT = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern QUALIFIED =
      Pattern.compile("\\b(?:java|javax|jakarta|jdk|sun|com|org|net|io)(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)+");
  private static final Pattern IMPORT =
      Pattern.compile("^\\s*import\\s+(?:(static|function)\\s+)?([\\w.$*]+)\\s*;?\\s*$");
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+[\\w.]+\\s*;?\\s*$");
  private static final Pattern GLOBAL =
      Pattern.compile("^\\s*global\\s+([\\w.$]+)\\s+(\\w+)\\s*;?\\s*$");
  private static final Pattern STATIC_WRITE =
      Pattern.compile("\\b[A-Z][\\w$]*\\s*\\.\\s*[\\w$]+\\s*(?:[-+*/%&|^]|<<|>>>?)?=(?!=)");
  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9a-fA-F]{4}");
  private static final Pattern DROOLS_HANDLE = Pattern.compile("\\bdrools\\s*\\.\\s*(?!getRule\\s*\\()(\\w+)");
  private static final Pattern CLASS_LITERAL = Pattern.compile("\\.\\s*class\\b");
  /** Changing the facts of the case under review: other packs would judge a different case. */
  private static final Pattern CASE_CHANGE =
      Pattern.compile("(?<![.\\w$])(?:modify|update|delete|retract)\\s*\\(");
  private static final Pattern SETTER =
      Pattern.compile("\\$[\\w$]+\\s*\\.\\s*set(?!Scale\\b)[A-Z][\\w$]*\\s*\\(");

  private SafetyLinter() {}

  /**
   * Lints every rule text of a rule set.
   *
   * @param set the rule set
   * @return the refusals, one per offending place
   */
  public static List<RuleProblem> lint(RuleSet set) {
    List<RuleProblem> problems = new ArrayList<>();
    for (RuleFile f : set.files()) {
      switch (f.kind()) {
        case DRL, DSLR, DTABLE_CSV -> lint(f.path(), f.text(), false, problems);
        case DSL -> lint(f.path(), f.text(), true, problems);
        case DTABLE_XLSX -> lintSpreadsheet(f, problems);
        default -> {
          // parameters, clauses, scenarios and docs are data, not code
        }
      }
    }
    return problems;
  }

  /**
   * Lints a decision table: converts it to the DRL Drools would compile and lints that, naming the
   * sheet and cell that holds the refused code where it can be found.
   *
   * @param f the spreadsheet
   * @param problems where refusals go
   */
  static void lintSpreadsheet(RuleFile f, List<RuleProblem> problems) {
    String drl;
    try {
      drl = new org.drools.decisiontable.SpreadsheetCompiler()
          .compile(new java.io.ByteArrayInputStream(f.bytes()), org.drools.decisiontable.InputType.XLS);
    } catch (RuntimeException e) {
      problems.add(new RuleProblem(f.path(), 0, 0, "DTABLE_INVALID",
          "决策表无法读取：" + e.getMessage()));
      return;
    }
    List<RuleProblem> found = new ArrayList<>();
    lint(f.path(), drl, false, found);
    String[] lines = drl.split("\n", -1);
    for (RuleProblem p : found) {
      String line = p.line() > 0 && p.line() <= lines.length ? lines[p.line() - 1] : "";
      Matcher id = IDENT.matcher(line);
      String token = "";
      while (id.find()) {
        if (id.start() + 1 >= p.column()) {
          token = id.group();
          break;
        }
      }
      String cell = cellContaining(f.bytes(), token);
      problems.add(new RuleProblem(f.path(), 0, 0, p.code(),
          (cell == null ? "决策表生成的规则第" + p.line() + "行：" : "决策表" + cell + "：") + p.message()));
    }
  }

  /**
   * The first cell whose text holds the token as a word, named for staff, or null.
   *
   * @param bytes the spreadsheet
   * @param token the word looked for
   * @return e.g. {@code 工作表“规则”单元格B8}, or null
   */
  static String cellContaining(byte[] bytes, String token) {
    if (token.isEmpty()) {
      return null;
    }
    try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(
        new java.io.ByteArrayInputStream(bytes))) {
      for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
          for (org.apache.poi.ss.usermodel.Cell cell : row) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                && Pattern.compile("\\b" + Pattern.quote(token) + "\\b")
                    .matcher(cell.getStringCellValue()).find()) {
              return "工作表“" + sheet.getSheetName() + "”单元格"
                  + new org.apache.poi.ss.util.CellReference(cell).formatAsString(false);
            }
          }
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  /**
   * Lints one rule text.
   *
   * @param file the file name for messages
   * @param text the text
   * @param dsl whether it is a DSL mapping file (only the code right of {@code =} is code)
   * @param problems where refusals go
   */
  static void lint(String file, String text, boolean dsl, List<RuleProblem> problems) {
    Matcher esc = UNICODE_ESCAPE.matcher(text);
    if (esc.find()) {
      int[] lc = lineCol(text, esc.start());
      problems.add(new RuleProblem(file, lc[0], lc[1], "UNSAFE_UNICODE_ESCAPE",
          "规则文件中不得使用 \\u 转义（可用来隐藏被禁止的代码），请直接写出字符"));
    }
    String[] lines = blank(text).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int offset = 0;
      if (dsl) {
        int eq = line.indexOf('=');
        if (line.trim().startsWith("#") || eq < 0) {
          continue;
        }
        offset = eq + 1;
        line = " ".repeat(offset) + line.substring(offset);
      }
      lintLine(file, i + 1, line, problems);
    }
  }

  private static void lintLine(String file, int lineNo, String line, List<RuleProblem> problems) {
    if (PACKAGE.matcher(line).matches()) {
      return;
    }
    Matcher imp = IMPORT.matcher(line);
    if (imp.matches()) {
      String name = imp.group(2);
      if (!importAllowed(name, imp.group(1))) {
        problems.add(new RuleProblem(file, lineNo, line.indexOf(name) + 1, "UNSAFE_IMPORT",
            "不允许导入 " + name + "。规则只能使用案件模型（org.hezuo.api.model）、规则工具（org.hezuo.api.rules）、"
                + "java.time、java.math 和常用集合类"));
      }
      return;
    }
    Matcher glo = GLOBAL.matcher(line);
    if (glo.matches()) {
      String want = GLOBALS.get(glo.group(2));
      if (want == null || !want.equals(glo.group(1))) {
        problems.add(new RuleProblem(file, lineNo, line.indexOf(glo.group(1)) + 1, "UNSAFE_GLOBAL",
            "只允许声明 global org.hezuo.api.rules.RuleOutput out 和 global "
                + "org.hezuo.api.rules.PackParameters params"));
      }
      return;
    }
    Matcher q = QUALIFIED.matcher(line);
    while (q.find()) {
      String name = q.group().replaceAll("\\s", "");
      if (!qualifiedAllowed(name)) {
        problems.add(new RuleProblem(file, lineNo, q.start() + 1, "UNSAFE_API",
            "不允许使用 " + name + "：政策规则只能使用案件模型和允许的工具类"));
      }
    }
    Matcher id = IDENT.matcher(line);
    while (id.find()) {
      String why = BANNED.get(id.group());
      if (why != null) {
        problems.add(new RuleProblem(file, lineNo, id.start() + 1, "UNSAFE_API",
            "规则文件不得使用" + why + "：政策规则只能判断案件事实并写出结论"));
      }
    }
    check(file, lineNo, line, STATIC_WRITE, "UNSAFE_STATIC_WRITE",
        "规则不得给类的静态字段赋值", problems);
    check(file, lineNo, line, CLASS_LITERAL, "UNSAFE_API", "规则文件不得使用反射（.class）", problems);
    check(file, lineNo, line, CASE_CHANGE, "UNSAFE_CASE_CHANGE",
        "规则不得修改或删除案件事实（modify、update、delete）：政策规则只判断案件并写出结论，"
            + "改动会让其他规则审查到另一个案件；需要中间结果时用 insert 插入本包声明的事实", problems);
    check(file, lineNo, line, SETTER, "UNSAFE_CASE_CHANGE",
        "规则不得改动案件中的数据（$变量.setXxx）：政策规则只判断案件并写出结论，计算结果用 out.value 写出",
        problems);
    check(file, lineNo, line, DROOLS_HANDLE, "UNSAFE_API",
        "规则文件不得使用规则引擎运行时（drools.…），只能通过 out 写出结论", problems);
  }

  private static void check(String file, int lineNo, String line, Pattern p, String code,
      String message, List<RuleProblem> problems) {
    Matcher m = p.matcher(line);
    if (m.find()) {
      problems.add(new RuleProblem(file, lineNo, m.start() + 1, code, message));
    }
  }

  private static boolean importAllowed(String name, String modifier) {
    if ("function".equals(modifier) || "static".equals(modifier)) {
      return name.startsWith("org.hezuo.api.rules.Calc.");
    }
    return qualifiedAllowed(name);
  }

  private static boolean qualifiedAllowed(String name) {
    for (String p : ALLOWED_IMPORT_PREFIXES) {
      if (name.startsWith(p) || name.equals(p.substring(0, p.length() - 1))) {
        return true;
      }
    }
    if (name.startsWith("java.util.")) {
      String type = name.substring("java.util.".length()).split("\\.")[0];
      return ALLOWED_UTIL.contains(type) || type.equals("*");
    }
    return name.startsWith("java.lang.") && List.of("String", "Math", "Integer", "Long",
        "Boolean", "StringBuilder", "Character")
        .contains(name.substring("java.lang.".length()).split("\\.")[0]);
  }

  /** Drops comments and blanks the contents of string and character literals, keeping offsets. */
  static String blank(String text) {
    return blank(text, false);
  }

  /**
   * Drops comments, keeping offsets (line breaks stay, so do lines and columns).
   *
   * @param text the rule text
   * @param keepLiterals whether string and character literals keep their contents (to read what
   *     is compared), or are blanked (so that only code is left)
   * @return the text of the same length
   */
  static String blank(String text, boolean keepLiterals) {
    StringBuilder sb = new StringBuilder(text.length());
    int n = text.length();
    int i = 0;
    boolean lineStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        while (i < n && text.charAt(i) != '\n') {
          sb.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
          sb.append(text.charAt(i) == '\n' ? '\n' : ' ');
          i++;
        }
        sb.append(i < n ? "  " : "");
        i += 2;
      } else if (c == '#' && lineStart) {
        while (i < n && text.charAt(i) != '\n') {
          sb.append(' ');
          i++;
        }
      } else if (c == '"' || c == '\'') {
        sb.append(c);
        i++;
        while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
          if (text.charAt(i) == '\\' && i + 1 < n) {
            sb.append(keepLiterals ? text.substring(i, i + 2) : "  ");
            i += 2;
            continue;
          }
          sb.append(keepLiterals ? text.charAt(i) : ' ');
          i++;
        }
        if (i < n && text.charAt(i) == c) {
          sb.append(c);
          i++;
        }
      } else {
        sb.append(c);
        i++;
      }
      if (c == '\n') {
        lineStart = true;
      } else if (!Character.isWhitespace(c)) {
        lineStart = false;
      }
    }
    return sb.toString();
  }

  private static int[] lineCol(String text, int pos) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < pos; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new int[] {line, col};
  }
}
