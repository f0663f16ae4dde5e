package org.hezuo.rules.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hezuo.api.CaseValidator;
import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.decision.Finding;
import org.hezuo.api.decision.Outcome;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.json.HezuoJson;
import org.kie.api.runtime.KieSession;

/**
 * Evaluates cases: Bean Validation first, then one Drools session per case with the rule base in
 * force; the decision carries findings with their clauses, computed values, the rules fired and
 * the rule-base version. Thread-safe; the rule base is read once per evaluation, so a decision is
 * made with exactly one version even while another is being activated.
 */
public final class DroolsPolicyEvaluator {
  /** Upper bound on rule firings per case, so a looping rule cannot hang the host. */
  static final int MAX_FIRINGS = 10_000;

  private final Supplier<RuleBase> ruleBase;
  private final CaseValidator validator;
  private final ClassLoader classLoader;
  private final Clock clock;
  private final Consumer<RuleProblem> ruleErrors;

  /**
   * An evaluator.
   *
   * @param ruleBase gives the rule base in force (null while none is)
   * @param validator validates cases
   * @param classLoader the rules bundle's loader, set as TCCL around Drools calls
   * @param clock the clock for today's date and timestamps
   */
  public DroolsPolicyEvaluator(
      Supplier<RuleBase> ruleBase, CaseValidator validator, ClassLoader classLoader, Clock clock) {
    this(ruleBase, validator, classLoader, clock, p -> { });
  }

  /**
   * An evaluator that reports the rules that fail while judging a case.
   *
   * @param ruleBase gives the rule base in force (null while none is)
   * @param validator validates cases
   * @param classLoader the rules bundle's loader, set as TCCL around Drools calls
   * @param clock the clock for today's date and timestamps
   * @param ruleErrors told of each rule that throws ({@code RULE_RUNTIME_ERROR} with its file and
   *     line); the decision then carries a {@code RULE_ERROR} finding and needs review
   */
  public DroolsPolicyEvaluator(Supplier<RuleBase> ruleBase, CaseValidator validator,
      ClassLoader classLoader, Clock clock, Consumer<RuleProblem> ruleErrors) {
    this.ruleBase = ruleBase;
    this.validator = validator;
    this.classLoader = classLoader;
    this.clock = clock;
    this.ruleErrors = ruleErrors;
  }

  /**
   * Evaluates a case with the pack parameters in force.
   *
   * @param c the case; a missing {@code asOf} is set to today
   * @return the decision
   * @throws IllegalStateException if no rule base is active
   */
  public Decision evaluate(PolicyCase c) {
    return evaluate(c, Map.of());
  }

  /**
   * Evaluates a case with some parameters overridden (scenario tests).
   *
   * @param c the case; a missing {@code asOf} is set to today
   * @param overrides parameter names and values
   * @return the decision
   * @throws IllegalStateException if no rule base is active
   * @throws IllegalArgumentException if an override names an unknown parameter
   */
  public Decision evaluate(PolicyCase c, Map<String, String> overrides) {
    RuleBase rb = ruleBase.get();
    if (rb == null) {
      throw new IllegalStateException("no rule base is active");
    }
    if (c == null) {
      throw new IllegalArgumentException("case is null");
    }
    List<FieldError> errors = validator.validate(c);
    Instant now = clock.instant();
    if (!errors.isEmpty()) {
      return new Decision(c.getCaseId(), c.getCaseType() == null ? null : c.getCaseType().name(),
          Outcome.INVALID, Outcome.INVALID.label(), List.of(), Map.of(), Map.of(), errors, rb.version(),
          null, List.of(), c.getAsOf(), now);
    }
    if (c.getAsOf() == null) {
      c.setAsOf(LocalDate.now(clock));
    }
    Parameters params = rb.parameters().with(overrides);
    CaseFacts facts = new CaseFacts();
    DecisionCollector out = new DecisionCollector(rb.clauses(), facts);
    List<Object> all = new ArrayList<>();
    facts.walk(c, (fact, path) -> all.add(fact));
    EffectiveDates dates = new EffectiveDates(c.getAsOf());
    Tccl.with(classLoader, () -> {
      // every pack judges the case in its own session; findings and values are collected together
      for (RuleBase.PackBase pack : rb.packs()) {
        if (!pack.appliesTo(c.getCaseType())) {
          // every rule of the pack is limited to other case types: it has nothing to say here
          continue;
        }
        // a pooled session: disposing it resets it (facts, memories, globals, listeners)
        KieSession session = pack.sessions().newKieSession();
        try {
          if (pack.globals().contains("out")) {
            session.setGlobal("out", out);
          }
          if (pack.globals().contains("params")) {
            session.setGlobal("params", params);
          }
          session.addEventListener(out);
          for (Object fact : all) {
            if (pack.accepts(fact.getClass())) {
              session.insert(fact);
            }
          }
          // the date filter is consulted for every match: only packs with dated rules need it
          int fired = pack.dated()
              ? session.fireAllRules(dates, MAX_FIRINGS) : session.fireAllRules(MAX_FIRINGS);
          if (fired >= MAX_FIRINGS) {
            // rules that keep firing on their own insertions: stopped, and said like an error
            RuleProblem p = DrlErrors.looping(pack.pack(), out.lastFired(), rb.ruleSet(), MAX_FIRINGS);
            ruleErrors.accept(p);
            out.ruleError(p);
          }
        } catch (RuntimeException e) {
          // a rule that throws must not take the other packs' findings with it: the case goes
          // to review with a finding naming the rule, and the error is reported
          RuleProblem p = DrlErrors.runtime(e, pack.pack(), rb.ruleSet());
          ruleErrors.accept(p);
          out.ruleError(p);
        } finally {
          session.dispose();
        }
      }
      return null;
    });
    List<Finding> findings = out.findings();
    Outcome outcome = Decision.outcomeOf(findings);
    // values in the order their packs describe them, which reads better than by name
    ValueLabels.Labelled<Object> values = rb.valueLabels().ordered(out.values());
    return new Decision(c.getCaseId(), c.getCaseType().name(), outcome, outcome.label(), findings,
        values.values(), values.labels(), List.of(), rb.version(), hash(c), out.fired(), c.getAsOf(), now);
  }

  /**
   * What the case hash reads: the case's JSON with every object of the model written as an array of
   * its values in property order. The property names are the same in every case and would be half
   * of what is hashed; without them the hash costs about a third less.
   */
  private static final ObjectWriter CONTENT = contentWriter();

  private static ObjectWriter contentWriter() {
    ObjectMapper m = HezuoJson.mapper().copy();
    m.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
      @Override
      public JsonFormat.Value findFormat(Annotated a) {
        if (a instanceof AnnotatedClass c && !c.getRawType().isEnum()
            && c.getRawType().getPackageName().equals(PolicyCase.class.getPackageName())) {
          return JsonFormat.Value.forShape(JsonFormat.Shape.ARRAY);
        }
        return super.findFormat(a);
      }
    });
    return m.writerFor(PolicyCase.class);
  }

  private static String hash(PolicyCase c) {
    try {
      // stream the case's content straight into the digest: no intermediate byte array
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      CONTENT.writeValue(new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), md), c);
      return java.util.HexFormat.of().formatHex(md.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
