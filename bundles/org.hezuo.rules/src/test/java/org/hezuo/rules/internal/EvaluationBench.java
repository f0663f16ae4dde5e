package org.hezuo.rules.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.hezuo.api.constraints.ResidentIdValidator;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.api.model.Student;
import org.hezuo.json.HezuoJson;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Prints the evaluation figures of the README (not run by the default build; see the README for
 * the command): cold compile of all packs; per-case CPU of a bare Drools session against Hezuo's
 * whole path (validate + evaluate + trace + decision) on the same 50-student internship case;
 * throughput and latency percentiles on 2 threads, saturated (closed loop) and at fixed arrival
 * rates below saturation ({@code -Dhezuo.bench.rates=1000,2000}, cases per second).
 */
class EvaluationBench {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  @Test
  void printFigures() throws Exception {
    long t0 = System.nanoTime();
    RuleSet set = RuleSourceLoader.load(ShippedRulesTest.RULES);
    DroolsRuleCompiler.Result compiled =
        new DroolsRuleCompiler(getClass().getClassLoader()).compile(set);
    long coldMs = (System.nanoTime() - t0) / 1_000_000;
    RuleBase rb = compiled.ruleBase();
    if (rb == null) {
      throw new IllegalStateException(compiled.problems().toString());
    }
    PolicyCase c = fiftyStudentCase();
    DroolsPolicyEvaluator whole = new DroolsPolicyEvaluator(() -> rb,
        RulesTestSupport.VALIDATOR, getClass().getClassLoader(), Clock.systemDefaultZone());
    Decision d = whole.evaluate(c);
    System.out.printf(Locale.ROOT, "%nrules: %d in %d packs, version %s; case: %d students, %d findings (%s)%n",
        rb.ruleCount(), rb.rulesPerPack().size(), rb.version(), c.getStudents().size(),
        d.findings().size(), d.outcomeLabel());
    System.out.printf(Locale.ROOT, "cold compile of all packs (first in JVM, incl. linter): %d ms%n", coldMs);

    List<Object> facts = new ArrayList<>();
    new CaseFacts().walk(c, (f, p) -> facts.add(f));
    // 1. bare Drools as the documentation shows it: a stateless session per pack, every fact
    Runnable bare = () -> {
      DecisionCollector sink = new DecisionCollector(rb.clauses(), new CaseFacts());
      for (RuleBase.PackBase pack : rb.packs()) {
        StatelessKieSession s = pack.kieBase().newStatelessKieSession();
        s.setGlobal("out", sink);
        s.setGlobal("params", rb.parameters());
        s.execute(facts);
      }
    };
    // 2. the sessions the engine runs (pooled, each pack only the facts its patterns can match, only
    // the packs whose rules can fire for the case type), without validation, trace, effective
    // dates, hash or decision
    Runnable tuned = () -> {
      DecisionCollector sink = new DecisionCollector(rb.clauses(), new CaseFacts());
      for (RuleBase.PackBase pack : rb.packs()) {
        if (!pack.appliesTo(c.getCaseType())) {
          continue;
        }
        KieSession s = pack.sessions().newKieSession();
        try {
          s.setGlobal("out", sink);
          s.setGlobal("params", rb.parameters());
          for (Object f : facts) {
            if (pack.accepts(f.getClass())) {
              s.insert(f);
            }
          }
          s.fireAllRules(DroolsPolicyEvaluator.MAX_FIRINGS);
        } finally {
          s.dispose();
        }
      }
    };
    Runnable path = () -> whole.evaluate(c);
    Runnable validate = () -> RulesTestSupport.VALIDATOR.validate(c);
    // warm all, interleaved; then measure thread CPU per case five times each, interleaved, and
    // keep the lowest (the run least disturbed by JIT compilation, GC and other processes)
    for (int round = 0; round < 5; round++) {
      cpuPerCase(bare, 2000);
      cpuPerCase(tuned, 2000);
      cpuPerCase(path, 2000);
      cpuPerCase(validate, 2000);
    }
    double bareUs = Double.MAX_VALUE;
    double tunedUs = Double.MAX_VALUE;
    double pathUs = Double.MAX_VALUE;
    double validateUs = Double.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      bareUs = Math.min(bareUs, cpuPerCase(bare, 2000));
      tunedUs = Math.min(tunedUs, cpuPerCase(tuned, 2000));
      pathUs = Math.min(pathUs, cpuPerCase(path, 2000));
      validateUs = Math.min(validateUs, cpuPerCase(validate, 2000));
    }
    System.out.printf(Locale.ROOT, "bare Drools, stateless session per pack, all facts: %.1f µs CPU/case%n", bareUs);
    System.out.printf(Locale.ROOT, "the engine's sessions alone (pooled, facts per pack): %.1f µs CPU/case%n", tunedUs);
    System.out.printf(Locale.ROOT, "Hezuo whole path (validate+evaluate+trace+decision): %.1f µs CPU/case = %.2f× bare, %.2f× the engine's sessions%n",
        pathUs, pathUs / bareUs, pathUs / tunedUs);
    System.out.printf(Locale.ROOT, "of which Bean Validation: %.1f µs%n", validateUs);

    int threads = 2;
    int perThread = 20_000;
    // a first run on 2 threads warms what one thread did not (the JIT's profile of two threads at
    // once, the young generation sized for twice the allocation); it is printed, not reported
    long[] first = closedLoop(() -> whole.evaluate(c), threads, perThread);
    System.out.printf(Locale.ROOT, "(%d threads, warm-up run: %.0f cases/s; latency %s)%n", threads,
        (first.length - 1) / (first[first.length - 1] / 1e9), percentiles(Arrays.copyOf(first, first.length - 1)));
    long[] all = closedLoop(() -> whole.evaluate(c), threads, perThread);
    double secs = all[all.length - 1] / 1e9;
    all = Arrays.copyOf(all, all.length - 1);
    System.out.printf(Locale.ROOT, "%d threads: %.0f cases/s over %d cases; latency %s%n",
        threads, all.length / secs, all.length, percentiles(all));
    // the upper bound of any path through these sessions: the engine's Drools sessions alone
    long[] sessionsOnly = closedLoop(tuned, threads, perThread);
    double sessionsSecs = sessionsOnly[sessionsOnly.length - 1] / 1e9;
    sessionsOnly = Arrays.copyOf(sessionsOnly, sessionsOnly.length - 1);
    System.out.printf(Locale.ROOT, "%d threads, the engine's sessions alone (no validation, trace, hash or decision): %.0f cases/s; latency %s%n",
        threads, sessionsOnly.length / sessionsSecs, percentiles(sessionsOnly));
    // the machine's own floor for the same amount of work: arithmetic that allocates nothing and
    // takes as long as a case's CPU time on one thread (the whole path above), on the same 2 threads.
    // On a shared virtual machine it shows how much of the tail is the machine's: there the same
    // work is slowed several-fold in bursts, whatever the program
    int spins = Spin.calibrate((long) (pathUs * 1000));
    long[] floor = closedLoop(() -> Spin.run(spins), threads, perThread);
    double floorSecs = floor[floor.length - 1] / 1e9;
    floor = Arrays.copyOf(floor, floor.length - 1);
    System.out.printf(Locale.ROOT, "%d threads, the same work as plain arithmetic (the machine's floor): %.0f/s; latency %s%n",
        threads, floor.length / floorSecs, percentiles(floor));

    // the same 2 threads below saturation: cases arrive on a fixed schedule (open loop) and each
    // latency counts from the case's scheduled arrival, so a case that waits behind a slow one is
    // charged for the wait (no coordinated omission)
    // the same schedule with an empty task first: what the machine (thread wake-ups, timer) adds
    for (String r : System.getProperty("hezuo.bench.rates", "1000,2000").split(",")) {
      double rate = Double.parseDouble(r.trim());
      openLoop("nothing (the machine's wake-up floor)", () -> { }, threads, rate, 5);
      openLoop("arithmetic as long as a case (the machine's floor for the work)", () -> Spin.run(spins), threads, rate, 10);
      openLoop("Hezuo whole path", () -> whole.evaluate(c), threads, rate, 10);
    }
  }

  /**
   * Runs a task back to back on some threads; the latencies, sorted, then the wall time of the run
   * as the last element.
   */
  private static long[] closedLoop(Runnable task, int threads, int perThread) throws InterruptedException {
    long[][] lat = new long[threads][perThread];
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> ts = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    for (int t = 0; t < threads; t++) {
      int ti = t;
      Thread th = new Thread(() -> {
        try {
          go.await();
          for (int i = 0; i < perThread; i++) {
            long s = System.nanoTime();
            task.run();
            lat[ti][i] = System.nanoTime() - s;
          }
        } catch (Exception e) {
          errors.incrementAndGet();
        }
      });
      th.start();
      ts.add(th);
    }
    long start = System.nanoTime();
    go.countDown();
    for (Thread th : ts) {
      th.join();
    }
    long wall = System.nanoTime() - start;
    if (errors.get() > 0) {
      throw new IllegalStateException(errors.get() + " threads failed");
    }
    long[] all = Arrays.stream(lat).flatMapToLong(Arrays::stream).sorted().toArray();
    long[] out = Arrays.copyOf(all, all.length + 1);
    out[all.length] = wall;
    return out;
  }

  /** Arithmetic that allocates nothing, for the machine's floor. */
  static final class Spin {
    static volatile long sink;

    static void run(int n) {
      long x = n;
      for (int i = 0; i < n; i++) {
        x = x * 6364136223846793005L + 1442695040888963407L;
        x ^= x >>> 17;
      }
      sink = x;
    }

    /** The count of rounds that takes about {@code nanos} on one thread (median of 200). */
    static int calibrate(long nanos) {
      int n = 100_000;
      long[] t = new long[200];
      for (int w = 0; w < 2; w++) {
        for (int i = 0; i < t.length; i++) {
          long s = System.nanoTime();
          run(n);
          t[i] = System.nanoTime() - s;
        }
      }
      Arrays.sort(t);
      return (int) Math.max(1, n * (double) nanos / t[t.length / 2]);
    }
  }

  private static void openLoop(String what, Runnable task, int threads, double rate, int seconds)
      throws InterruptedException {
    int perThread = (int) (rate * seconds / threads);
    long interval = (long) (1e9 * threads / rate);
    long[][] lat = new long[threads][perThread];
    List<Thread> ts = new ArrayList<>();
    long start = System.nanoTime() + 50_000_000L;
    for (int t = 0; t < threads; t++) {
      int ti = t;
      long offset = interval * t / threads;
      Thread th = new Thread(() -> {
        for (int i = 0; i < perThread; i++) {
          long due = start + offset + i * interval;
          for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
          }
          task.run();
          lat[ti][i] = System.nanoTime() - due;
        }
      });
      th.start();
      ts.add(th);
    }
    for (Thread th : ts) {
      th.join();
    }
    double secs = (System.nanoTime() - start) / 1e9;
    long[] all = Arrays.stream(lat).flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(Locale.ROOT, "%d threads, arrivals at %.0f/s (open loop), %s: %.0f/s done; latency from arrival %s%n",
        threads, rate, what, all.length / secs, percentiles(all));
  }

  /** p50, p99, p99.9 and max of sorted nanosecond latencies, in milliseconds. */
  private static String percentiles(long[] sorted) {
    return String.format(Locale.ROOT, "p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms",
        sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
        sorted[(int) (sorted.length * 0.999)] / 1e6, sorted[sorted.length - 1] / 1e6);
  }

  private static double cpuPerCase(Runnable r, int n) {
    long start = CPU.getCurrentThreadCpuTime();
    for (int i = 0; i < n; i++) {
      r.run();
    }
    return (CPU.getCurrentThreadCpuTime() - start) / 1000.0 / n;
  }

  /** The post-internship baseline scenario with its student list grown to 50 (birth dates a week apart). */
  static PolicyCase fiftyStudentCase() throws Exception {
    JsonNode root = HezuoJson.mapper().readTree(Files.readAllBytes(
        ShippedRulesTest.RULES.resolve("national-internship/tests/post-baseline.json")));
    PolicyCase c = HezuoJson.mapper().treeToValue(root.get("case"), PolicyCase.class);
    Student template = c.getStudents().get(0);
    String json = HezuoJson.write(template);
    while (c.getStudents().size() < 50) {
      int n = c.getStudents().size();
      Student s = HezuoJson.mapper().readValue(json, Student.class);
      s.setStudentNo(template.getStudentNo() + "-" + n);
      s.setName(template.getName() + n);
      // classmates born over some months, each with an ID number that matches the birth date
      s.setBirthDate(template.getBirthDate().minusDays(7L * n));
      if (s.getIdNumber() != null) {
        String first17 = s.getIdNumber().substring(0, 6)
            + s.getBirthDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%03d", 100 + n);
        s.setIdNumber(first17 + ResidentIdValidator.checkCharacter(first17));
      }
      c.getStudents().add(s);
    }
    return c;
  }

  static Path rules() {
    return ShippedRulesTest.RULES;
  }
}
