package org.hezuo.rules.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.hezuo.api.CaseValidator;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.admin.ScenarioResult;

/**
 * Keeps the rule base in force and activates new ones all-or-nothing: read → lint → compile → run
 * every scenario against the candidate → swap with one atomic reference. Anything that fails leaves
 * the rule base in force untouched, and the report says why. Every attempt is recorded with who
 * asked and which files changed; the sources of activated versions are kept for rollback.
 */
public final class RuleBaseManager {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleBaseManager.class);

  private final AtomicReference<RuleBase> inForce = new AtomicReference<>();
  private final AtomicReference<ActivationReport> last = new AtomicReference<>();
  private final AtomicReference<ActivationReport> lastRefusal = new AtomicReference<>();
  /** Rules of a version that failed while judging cases, the latest first. */
  private record Failures(String version, List<RuleProblem> problems) {}

  private static final int FAILURES_KEPT = 20;
  private final AtomicReference<Failures> failures =
      new AtomicReference<>(new Failures("", List.of()));
  private final DroolsRuleCompiler compiler;
  private final CaseValidator validator;
  private final ClassLoader classLoader;
  private final Clock clock;
  private final DroolsPolicyEvaluator evaluator;
  private final VersionHistory history;
  private final String engine;

  /**
   * A manager with no rule base in force yet and an in-memory history.
   *
   * @param validator validates scenario cases
   * @param classLoader the rules bundle's loader
   * @param clock the clock
   */
  public RuleBaseManager(CaseValidator validator, ClassLoader classLoader, Clock clock) {
    this(validator, classLoader, clock, null, 20);
  }

  /**
   * A manager keeping the sources of the last {@code keep} versions under {@code stateDir}.
   *
   * @param validator validates scenario cases
   * @param classLoader the rules bundle's loader
   * @param clock the clock
   * @param stateDir where versions and the activation log are kept, or null for memory only
   * @param keep how many versions to keep
   */
  public RuleBaseManager(CaseValidator validator, ClassLoader classLoader, Clock clock,
      Path stateDir, int keep) {
    this(validator, classLoader, clock, stateDir, keep, null);
  }

  /**
   * A manager that also trusts, at activation, the scenario results recorded for the same sources
   * with the same engine: a restart of the host or of {@code bin/hezuo} does not run the scenarios
   * of a version that passed them before. A changed file, a changed engine or a version never
   * tested still runs every scenario.
   *
   * @param validator validates scenario cases
   * @param classLoader the rules bundle's loader
   * @param clock the clock
   * @param stateDir where versions and the activation log are kept, or null for memory only
   * @param keep how many versions to keep
   * @param engine identifies the code that compiles, validates and evaluates (bundle versions and
   *     their jars' sizes and times); null never trusts earlier results
   */
  public RuleBaseManager(CaseValidator validator, ClassLoader classLoader, Clock clock,
      Path stateDir, int keep, String engine) {
    this.engine = engine;
    this.compiler = new DroolsRuleCompiler(classLoader);
    this.validator = validator;
    this.classLoader = classLoader;
    this.clock = clock;
    // a rule in force that throws: each case it concerns goes to review with a finding naming
    // it; the rule is logged and listed in the status once per place
    this.evaluator = new DroolsPolicyEvaluator(inForce::get, validator, classLoader, clock,
        this::ruleFailed);
    this.history = new VersionHistory(stateDir, keep);
  }

  /**
   * Reads, compiles and tests the rules in a directory and puts them in force if all passes.
   *
   * @param dir the rules directory
   * @return the report
   */
  public ActivationReport activate(Path dir) {
    return activate(dir, "系统");
  }

  /**
   * Reads, compiles and tests the rules in a directory and puts them in force if all passes.
   *
   * @param dir the rules directory
   * @param actor who asks
   * @return the report
   */
  public synchronized ActivationReport activate(Path dir, String actor) {
    return attempt(dir, actor, dir.toString(), true);
  }

  /**
   * Activates a directory unless its content is the version in force. Decided under the same lock
   * as every activation, so a change that another caller (a user's "activate") is putting in force
   * right now is not activated a second time.
   *
   * @param dir the rules directory
   * @param actor who asks
   * @return the report, or null when the content is already in force
   */
  public synchronized ActivationReport activateIfChanged(Path dir, String actor) {
    long start = System.nanoTime();
    RuleSet set;
    try {
      set = RuleSourceLoader.load(dir);
    } catch (IllegalArgumentException e) {
      return remember(unreadable(dir, actor, dir.toString(), e, start), null);
    }
    RuleBase current = inForce.get();
    if (current != null && current.version().equals(set.version())) {
      return null;
    }
    // the directory is read once: the set just hashed is the one that is compiled and tested
    return attempt(set, actor, dir.toString(), true, start);
  }

  /**
   * Checks a directory through every gate without putting it in force or recording it.
   *
   * @param dir the directory
   * @return what activation would do
   */
  public ActivationReport validate(Path dir) {
    return attempt(dir, null, dir.toString(), false);
  }

  /**
   * Re-activates a kept version through the same gates.
   *
   * @param version the version
   * @param actor who asks
   * @return the report
   */
  public synchronized ActivationReport rollback(String version, String actor) {
    Path src = history.sources(version);
    if (src == null) {
      ActivationReport r = new ActivationReport(version, false, actor, "rollback:" + version,
          null, null, null, List.of(new RuleProblem("", 0, 0, "VERSION_UNKNOWN",
              "没有保存版本 " + version + " 的规则源文件（只保留最近 " + "20 个启用过的版本）")),
          List.of(), 0, 0, clock.instant());
      return remember(r, null);
    }
    return attempt(src, actor, "rollback:" + version, true);
  }

  private ActivationReport attempt(Path dir, String actor, String source, boolean apply) {
    long start = System.nanoTime();
    RuleSet set;
    try {
      set = RuleSourceLoader.load(dir);
    } catch (IllegalArgumentException e) {
      ActivationReport r = unreadable(dir, actor, source, e, start);
      return apply ? remember(r, null) : r;
    }
    return attempt(set, actor, source, apply, start);
  }

  private ActivationReport unreadable(Path dir, String actor, String source,
      IllegalArgumentException e, long start) {
    return new ActivationReport("", false, actor, source, null, null, null,
        List.of(new RuleProblem(dir.toString(), 0, 0, "RULES_DIR", e.getMessage())), List.of(), 0,
        millis(start), clock.instant());
  }

  private ActivationReport attempt(RuleSet set, String actor, String source, boolean apply,
      long start) {
    RuleBase current = inForce.get();
    List<List<String>> changes = VersionHistory.diff(current == null ? null : current.ruleSet(), set);
    DroolsRuleCompiler.Result compiled = Tccl.with(classLoader, () -> compiler.compile(set));
    if (compiled.ruleBase() == null) {
      ActivationReport r = new ActivationReport(set.version(), false, actor, source, changes.get(0),
          changes.get(1), changes.get(2), compiled.problems(), List.of(), 0, millis(start),
          clock.instant());
      return apply ? remember(r, null) : r;
    }
    RuleBase candidate = compiled.ruleBase();
    ActivationReport tested = apply && engine != null
        ? history.testedActivation(candidate.version(), engine) : null;
    // rules that throw while the scenarios are judged are problems of their own, once each
    Set<RuleProblem> thrown = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());
    List<ScenarioResult> results = tested != null ? tested.scenarios()
        : scenarios(candidate, null, thrown::add);
    boolean ok = thrown.isEmpty() && results.stream().allMatch(ScenarioResult::passed);
    ActivationReport r = new ActivationReport(candidate.version(), ok && apply, actor, source,
        changes.get(0), changes.get(1), changes.get(2), List.copyOf(thrown), results,
        candidate.ruleCount(),
        millis(start), clock.instant());
    if (!apply) {
      return r;
    }
    if (ok) {
      inForce.set(candidate);
    }
    ActivationReport remembered = remember(r, ok ? set : null);
    if (ok && tested == null && engine != null) {
      history.markTested(candidate.version(), engine);
    }
    return remembered;
  }

  /**
   * Runs the scenarios of a rule base.
   *
   * @param rb the rule base
   * @param pack a pack, or null for all
   * @return the results
   */
  public List<ScenarioResult> scenarios(RuleBase rb, String pack) {
    return scenarios(rb, pack, p -> { });
  }

  private List<ScenarioResult> scenarios(RuleBase rb, String pack,
      java.util.function.Consumer<RuleProblem> ruleErrors) {
    DroolsPolicyEvaluator trial =
        new DroolsPolicyEvaluator(() -> rb, validator, classLoader, clock, ruleErrors);
    return new ScenarioRunner(trial::evaluate).runAll(rb.scenarios().stream()
        .filter(f -> pack == null || f.pack().equals(pack)).toList());
  }

  private ActivationReport remember(ActivationReport report, RuleSet activated) {
    last.set(report);
    if (!report.activated()) {
      lastRefusal.set(report);
    }
    history.record(report, activated);
    return report;
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private void ruleFailed(RuleProblem p) {
    RuleBase rb = inForce.get();
    String version = rb == null ? "" : rb.version();
    Failures before;
    Failures after;
    do {
      before = failures.get();
      List<RuleProblem> known = before.version().equals(version) ? before.problems() : List.of();
      if (known.contains(p)) {
        return;
      }
      List<RuleProblem> list = new java.util.ArrayList<>();
      list.add(p);
      list.addAll(known.subList(0, Math.min(known.size(), FAILURES_KEPT - 1)));
      after = new Failures(version, List.copyOf(list));
    } while (!failures.compareAndSet(before, after));
    LOG.error("在用规则 {} 执行出错：{}", version, p);
  }

  /**
   * The rules of the version in force that failed while judging cases.
   *
   * @return one entry per rule and place, the latest first, at most 20
   */
  public List<RuleProblem> ruleErrors() {
    RuleBase rb = inForce.get();
    Failures f = failures.get();
    return rb != null && f.version().equals(rb.version()) ? f.problems() : List.of();
  }

  /**
   * The rule base in force.
   *
   * @return it, or null before the first successful activation
   */
  public RuleBase inForce() {
    return inForce.get();
  }

  /**
   * The report of the last activation attempt.
   *
   * @return it, or null before any attempt
   */
  public ActivationReport lastReport() {
    return last.get();
  }

  /**
   * The report of the last refused attempt.
   *
   * @return it, or null if none was refused
   */
  public ActivationReport lastRefusal() {
    return lastRefusal.get();
  }

  /**
   * Activation attempts, newest first.
   *
   * @return the reports
   */
  public List<ActivationReport> history() {
    return history.reports();
  }

  /**
   * Versions whose sources are kept, most recently activated first.
   *
   * @return the versions
   */
  public List<String> versions() {
    return history.versions();
  }

  /**
   * An evaluator that always uses the rule base in force at the time of each call.
   *
   * @return the evaluator
   */
  public DroolsPolicyEvaluator evaluator() {
    return evaluator;
  }
}
