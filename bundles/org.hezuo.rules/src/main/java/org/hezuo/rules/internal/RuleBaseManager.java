package org.hezuo.rules.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.hezuo.api.CaseValidator;

/**
 * Keeps the rule base in force and activates new ones all-or-nothing: read → compile → run every
 * scenario against the candidate → swap with one atomic reference. Anything that fails leaves the
 * rule base in force untouched, and the report says why.
 */
public final class RuleBaseManager {
  private final AtomicReference<RuleBase> inForce = new AtomicReference<>();
  private final AtomicReference<ActivationReport> last = new AtomicReference<>();
  private final DroolsRuleCompiler compiler;
  private final CaseValidator validator;
  private final ClassLoader classLoader;
  private final Clock clock;
  private final DroolsPolicyEvaluator evaluator;

  /**
   * A manager with no rule base in force yet.
   *
   * @param validator validates scenario cases
   * @param classLoader the rules bundle's loader
   * @param clock the clock
   */
  public RuleBaseManager(CaseValidator validator, ClassLoader classLoader, Clock clock) {
    this.compiler = new DroolsRuleCompiler(classLoader);
    this.validator = validator;
    this.classLoader = classLoader;
    this.clock = clock;
    this.evaluator = new DroolsPolicyEvaluator(inForce::get, validator, classLoader, clock);
  }

  /**
   * Reads, compiles and tests the rules in a directory and puts them in force if all passes.
   *
   * @param dir the rules directory
   * @return the report
   */
  public synchronized ActivationReport activate(Path dir) {
    long start = System.nanoTime();
    RuleSet set;
    try {
      set = RuleSourceLoader.load(dir);
    } catch (IllegalArgumentException e) {
      return remember(new ActivationReport("", false,
          List.of(new Problem(dir.toString(), 0, 0, "RULES_DIR", e.getMessage())), List.of(), 0,
          millis(start), clock.instant()));
    }
    return activate(set, start);
  }

  private ActivationReport activate(RuleSet set, long start) {
    DroolsRuleCompiler.Result r = Tccl.with(classLoader, () -> compiler.compile(set));
    if (r.ruleBase() == null) {
      return remember(new ActivationReport(set.version(), false, r.problems(), List.of(), 0,
          millis(start), clock.instant()));
    }
    RuleBase candidate = r.ruleBase();
    DroolsPolicyEvaluator trial =
        new DroolsPolicyEvaluator(() -> candidate, validator, classLoader, clock);
    List<ScenarioResult> results = new ScenarioRunner(trial::evaluate).runAll(candidate.scenarios());
    boolean ok = results.stream().allMatch(ScenarioResult::passed);
    if (ok) {
      inForce.set(candidate);
    }
    return remember(new ActivationReport(candidate.version(), ok, List.of(), results,
        candidate.ruleCount(), millis(start), clock.instant()));
  }

  private ActivationReport remember(ActivationReport report) {
    last.set(report);
    return report;
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
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
   * An evaluator that always uses the rule base in force at the time of each call.
   *
   * @return the evaluator
   */
  public DroolsPolicyEvaluator evaluator() {
    return evaluator;
  }
}
