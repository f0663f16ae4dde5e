package org.hezuo.rules.internal;

import org.hezuo.api.admin.RuleProblem;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles a {@link RuleSet} into a {@link RuleBase} with Drools: every text read as UTF-8 by us
 * (never the platform charset), Java consequences compiled by ECJ, classes resolved through the
 * given loader. Errors come back as {@link RuleProblem}s naming file, line and column.
 *
 * <p>The caller sets the thread context class loader (see {@link Tccl}).
 */
public final class DroolsRuleCompiler {
  private static final Pattern LINE_COL = Pattern.compile("\\[?\\s*(?:[Ll]ine|行)\\s*(\\d+):(\\d+)");
  private static final Pattern CLAUSE_REF =
      Pattern.compile("out\\.(?:block|review|warn|info)\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\"");
  private static final Pattern CLAUSE_META = Pattern.compile("@clause\\(\\s*\"([^\"]+)\"\\s*\\)");

  private static final List<RuleFile.Kind> COMPILED = List.of(RuleFile.Kind.DSL,
      RuleFile.Kind.DRL, RuleFile.Kind.DSLR, RuleFile.Kind.DTABLE_XLSX, RuleFile.Kind.DTABLE_CSV);

  private static final Pattern SYNTAX = Pattern.compile(
      "\\[ERR \\d+]|mismatched input|no viable alternative|missing \\w+ at|extraneous input|Unexpected token");

  private final ClassLoader classLoader;
  private final Map<String, RuleBase.PackBase> cache = new java.util.HashMap<>();

  /**
   * A compiler resolving fact and helper classes through a loader.
   *
   * @param classLoader the loader that sees the model and Drools (the rules bundle's)
   */
  public DroolsRuleCompiler(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /**
   * Compiles the rule set; returns problems instead of a rule base when anything is wrong.
   *
   * @param set the sources
   * @return the compiled rule base, or the problems
   */
  public Result compile(RuleSet set) {
    long start = System.nanoTime();
    List<RuleProblem> problems = new ArrayList<>(set.problems());
    ClauseRegistry clauses = ClauseRegistry.parse(set.ofKind(RuleFile.Kind.CLAUSES), problems);
    Parameters params = Parameters.parse(set.ofKind(RuleFile.Kind.PARAMETERS), problems);
    ValueLabels valueLabels = ValueLabels.parse(set.ofKind(RuleFile.Kind.VALUES), problems);
    checkClauseRefs(set, clauses, problems);
    checkParameterRefs(set, params, problems);
    problems.addAll(SafetyLinter.lint(set));
    problems.addAll(DrlErrors.fullWidth(set));
    problems.addAll(LiteralTypes.check(set));
    // DSL: full-width punctuation in .dsl, unknown sentences in .dslr, sentences normalised
    RuleSet sources = DslDiagnostics.prepare(set, clauses, params.asMap().keySet(), problems);
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    Map<String, List<RuleFile>> byPack = new TreeMap<>();
    for (RuleFile f : sources.files()) {
      if (COMPILED.contains(f.kind())) {
        byPack.computeIfAbsent(f.pack(), k -> new ArrayList<>()).add(f);
      }
    }
    List<RuleBase.PackBase> packs = new ArrayList<>();
    for (Map.Entry<String, List<RuleFile>> e : byPack.entrySet()) {
      RuleBase.PackBase pb = compilePack(e.getKey(), e.getValue(), problems);
      if (pb != null) {
        packs.add(pb);
      }
    }
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    TreeMap<String, Integer> perPack = new TreeMap<>();
    for (RuleBase.PackBase pb : packs) {
      int n = pb.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
      if (n > 0) {
        perPack.put(pb.pack(), n);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Result(
        new RuleBase(List.copyOf(packs), set.version(), params, clauses, valueLabels, perPack, set,
            Instant.now(), millis),
        List.of());
  }

  /**
   * Compiles one pack, or takes it from the cache when its files are unchanged: saving one file
   * recompiles only its pack.
   */
  private RuleBase.PackBase compilePack(String pack, List<RuleFile> files, List<RuleProblem> problems) {
    String hash = hash(files);
    synchronized (cache) {
      RuleBase.PackBase cached = cache.get(pack);
      if (cached != null && cached.hash().equals(hash)) {
        return cached;
      }
    }
    Properties props = new Properties();
    props.setProperty("drools.dialect.java.compiler", "ECLIPSE");
    props.setProperty("drools.dialect.java.compiler.lnglevel", "17");
    KnowledgeBuilderConfiguration conf =
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(props, classLoader);
    KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
    Map<Resource, String> tables = new IdentityHashMap<>();
    // a DSL must be known before the DSLR files that use it
    for (RuleFile.Kind kind : COMPILED) {
      for (RuleFile f : files) {
        if (f.kind() == kind) {
          add(kb, f, tables);
        }
      }
    }
    int before = problems.size();
    // the DRL as written, to find the line an error concerns; the line numbers of other kinds are
    // not those of a text at hand
    Map<String, String> drl = new java.util.HashMap<>();
    files.stream().filter(f -> f.kind() == RuleFile.Kind.DRL).forEach(f -> drl.put(f.path(), f.text()));
    problems.addAll(withoutFollowOnErrors(
        kb.getErrors().stream().map(r -> toProblem(r, tables, drl)).toList()));
    if (problems.size() > before) {
      return null;
    }
    KieBase kieBase = kb.newKieBase();
    Set<String> globals = new HashSet<>();
    boolean dated = false;
    for (KiePackage p : kieBase.getKiePackages()) {
      p.getGlobalVariables().forEach(g -> globals.add(g.getName()));
      for (org.kie.api.definition.rule.Rule rule : p.getRules()) {
        for (String key : List.of("effective", "expires")) {
          Object value = key.equals("expires")
              ? EffectiveDates.expires(rule.getMetaData()) : rule.getMetaData().get(key);
          dated |= value != null;
          try {
            EffectiveDates.date(value);
          } catch (java.time.format.DateTimeParseException e) {
            problems.add(new RuleProblem(packOf(p.getName()), 0, 0, "RULE_DATE",
                "规则“" + rule.getName() + "”的 @" + key + " 不是有效日期（格式为 2027-01-01）："
                    + value));
          }
        }
      }
    }
    if (problems.size() > before) {
      return null;
    }
    RuleBase.PackBase pb = RuleBase.PackBase.of(pack, hash, kieBase, Set.copyOf(globals), dated);
    synchronized (cache) {
      // one entry per pack name: an older compilation of the pack becomes unreachable
      cache.put(pack, pb);
    }
    return pb;
  }

  /**
   * When a file of a pack does not parse, Drools also reports errors in the pack's other files
   * (types and functions of the broken file are missing there). Policy staff should see the file
   * they broke: keep only the files with syntax errors when there are any, and not Drools' line-less
   * repetition that the file did not parse.
   */
  static List<RuleProblem> withoutFollowOnErrors(List<RuleProblem> errors) {
    Set<String> broken = new HashSet<>();
    for (RuleProblem p : errors) {
      if (p.code().equals("DRL_SYNTAX") || SYNTAX.matcher(p.message()).find()) {
        broken.add(p.file());
      }
    }
    // "Parser returned a null Package" only repeats that a file did not parse, without a line
    return broken.isEmpty() ? errors
        : errors.stream().filter(p -> broken.contains(p.file()))
            .filter(p -> !(p.line() == 0 && p.message().contains("Parser returned a null Package"))).toList();
  }

  private static String hash(List<RuleFile> files) {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      for (RuleFile f : files) {
        md.update(f.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(f.text() != null ? f.text().getBytes(java.nio.charset.StandardCharsets.UTF_8) : f.bytes());
        md.update((byte) 0);
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String packOf(String packageName) {
    String p = packageName.startsWith("org.hezuo.rules.")
        ? packageName.substring("org.hezuo.rules.".length())
        : packageName;
    return p.replace('_', '-');
  }

  /**
   * Adds one file. A decision table gets no source path: Drools's decision-table provider is a
   * singleton that caches the DRL generated from a spreadsheet by source path for the life of the
   * JVM, so an edited {@code composition.drl.xlsx} would compile as its first version until a
   * restart. Without a path it is converted afresh; its path is kept in {@code tables} for messages.
   */
  private static void add(KnowledgeBuilder kb, RuleFile f, Map<Resource, String> tables) {
    Resource r;
    ResourceType type;
    switch (f.kind()) {
      case DTABLE_XLSX, DTABLE_CSV -> {
        r = f.kind() == RuleFile.Kind.DTABLE_XLSX
            ? ResourceFactory.newInputStreamResource(new ByteArrayInputStream(f.bytes()))
            : ResourceFactory.newReaderResource(new StringReader(f.text()), "UTF-8");
        DecisionTableConfiguration dt = KnowledgeBuilderFactory.newDecisionTableConfiguration();
        dt.setInputType(f.kind() == RuleFile.Kind.DTABLE_XLSX
            ? DecisionTableInputType.XLSX : DecisionTableInputType.CSV);
        r.setConfiguration(dt);
        type = ResourceType.DTABLE;
      }
      default -> {
        r = ResourceFactory.newReaderResource(new StringReader(f.text()), "UTF-8");
        type = switch (f.kind()) {
          case DSL -> ResourceType.DSL;
          case DSLR -> ResourceType.DSLR;
          default -> ResourceType.DRL;
        };
      }
    }
    if (type == ResourceType.DTABLE) {
      tables.put(r, f.path());
    } else {
      r.setSourcePath(f.path());
    }
    kb.add(r, type);
  }

  private static RuleProblem toProblem(KnowledgeBuilderResult r, Map<Resource, String> tables,
      Map<String, String> drl) {
    String file = r.getResource() != null && r.getResource().getSourcePath() != null
        ? r.getResource().getSourcePath()
        : r.getResource() != null ? tables.getOrDefault(r.getResource(), "") : "";
    String msg = r.getMessage() == null ? "" : r.getMessage().trim();
    int line = r.getLines() != null && r.getLines().length > 0 ? r.getLines()[0] : 0;
    int col = 0;
    Matcher m = LINE_COL.matcher(msg);
    if (m.find()) {
      if (line <= 0) {
        line = Integer.parseInt(m.group(1));
      }
      col = Integer.parseInt(m.group(2)) + 1;
    }
    return DrlErrors.explain(file, Math.max(line, 0), col, msg, drl.get(file));
  }

  private static final Pattern PARAM_REF = Pattern.compile(
      "params\\s*\\.\\s*(?:integer|decimal|text|flag|time)\\s*\\(\\s*\"([^\"{}]+)\"");

  /**
   * Every parameter a rule reads by a literal name must be defined: a misspelt name would fail
   * only when a case meets the rule.
   */
  private static void checkParameterRefs(RuleSet set, Parameters params,
      List<RuleProblem> problems) {
    java.util.Set<String> withDsl = new java.util.HashSet<>();
    set.ofKind(RuleFile.Kind.DSL).forEach(f -> withDsl.add(f.pack()));
    for (RuleFile f : set.files()) {
      // the sentences of a pack with a DSL are checked by what they expand to (DslDiagnostics)
      boolean code = f.kind() == RuleFile.Kind.DRL || f.kind() == RuleFile.Kind.DSL
          || f.kind() == RuleFile.Kind.DTABLE_CSV
          || (f.kind() == RuleFile.Kind.DSLR && !withDsl.contains(f.pack()));
      if (code) {
        String[] lines = f.text().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
          parameterRefs(f.path(), i + 1, lines[i], true, params.asMap().keySet(), problems);
        }
      }
    }
  }

  /**
   * The parameters one line of code reads by a literal name that no pack defines.
   *
   * @param file the file
   * @param line the line number
   * @param code the line, or the code a sentence on it expands to
   * @param column whether columns are those of {@code code} (not of an expanded sentence)
   * @param defined the parameter names the packs define
   * @param problems where refusals go
   */
  static void parameterRefs(String file, int line, String code, boolean column,
      java.util.Set<String> defined, List<RuleProblem> problems) {
    Matcher m = PARAM_REF.matcher(code);
    while (m.find()) {
      String name = m.group(1);
      if (!defined.contains(name)) {
        List<String> near = DrlErrors.nearestNames(name, defined);
        problems.add(new RuleProblem(file, line, column ? m.start(1) + 1 : 0, "PARAMETER_UNKNOWN",
            "第" + line + "行读取的参数 " + name + " 未在任何 pack.properties 中定义"
                + (near.isEmpty() ? "" : "；最接近的：" + String.join("、", near))));
      }
    }
  }


  /** Every clause id cited literally in a rule file must be registered. */
  private static void checkClauseRefs(RuleSet set, ClauseRegistry clauses, List<RuleProblem> problems) {
    for (RuleFile f : set.files()) {
      if (f.kind() == RuleFile.Kind.DTABLE_XLSX) {
        checkSpreadsheetClauseRefs(f, clauses, problems);
        continue;
      }
      if (f.kind() != RuleFile.Kind.DRL && f.kind() != RuleFile.Kind.DSLR
          && f.kind() != RuleFile.Kind.DTABLE_CSV) {
        continue;
      }
      String[] lines = f.text().split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (Pattern p : List.of(CLAUSE_REF, CLAUSE_META)) {
          Matcher m = p.matcher(lines[i]);
          while (m.find()) {
            if (clauses.get(m.group(1)) == null) {
              problems.add(new RuleProblem(f.path(), i + 1, m.start(1) + 1, "CLAUSE_UNKNOWN",
                  "条款编号 " + m.group(1) + " 未在任何 clauses.tsv 中登记"));
            }
          }
        }
      }
    }
  }

  /**
   * The clause ids a decision table cites: its rows become {@code out.block("CODE", "CLAUSE", …)}
   * calls that may span lines (one action column per argument), so the generated DRL is searched
   * as a whole and an unknown id is reported at the cell that holds it. A table that cannot be
   * read is reported by {@link SafetyLinter} ({@code DTABLE_INVALID}).
   */
  private static void checkSpreadsheetClauseRefs(RuleFile f, ClauseRegistry clauses,
      List<RuleProblem> problems) {
    String drl;
    try {
      drl = new org.drools.decisiontable.SpreadsheetCompiler()
          .compile(new ByteArrayInputStream(f.bytes()), org.drools.decisiontable.InputType.XLS);
    } catch (RuntimeException e) {
      return;
    }
    Set<String> reported = new HashSet<>();
    for (Pattern p : List.of(CLAUSE_REF, CLAUSE_META)) {
      Matcher m = p.matcher(drl);
      while (m.find()) {
        String id = m.group(1);
        if (clauses.get(id) == null && reported.add(id)) {
          String cell = SafetyLinter.cellContaining(f.bytes(), id);
          problems.add(new RuleProblem(f.path(), 0, 0, "CLAUSE_UNKNOWN",
              (cell == null ? "决策表中的" : "决策表" + cell + "：")
                  + "条款编号 " + id + " 未在任何 clauses.tsv 中登记"));
        }
      }
    }
  }

  /**
   * A rule base, or why there is none.
   *
   * @param ruleBase the compiled rule base, or null
   * @param problems the problems; empty when compiled
   */
  public record Result(RuleBase ruleBase, List<RuleProblem> problems) {
    /**
     * Copies the problems.
     *
     * @param ruleBase rule base
     * @param problems problems
     */
    public Result {
      problems = List.copyOf(problems);
    }
  }
}
