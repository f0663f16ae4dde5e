package org.hezuo.rules.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.model.PolicyCase;
import org.junit.jupiter.api.Test;

/**
 * Prints the rule-lifecycle figures of the README (not run by the default build): save → active
 * through the watcher over a number of edits, evaluation while reloading, and Metaspace and heap
 * after GC across many rebuilds. {@code -Dedits=50 -Dreloads=1000 -Dedit.file=national-internship/functions.drl}.
 */
class ReloadSoak {

  @Test
  void printFigures() throws Exception {
    Path dir = Files.createTempDirectory("hezuo-rules");
    copy(ShippedRulesTest.RULES, dir);
    RuleBaseManager m = RulesTestSupport.manager();
    long t0 = System.nanoTime();
    ActivationReport first = m.activate(dir, "soak");
    System.out.printf(Locale.ROOT, "%nfirst activation (cold, %d rules, %d scenarios): %d ms, activated=%s%n",
        first.ruleCount(), first.scenarios().size(), (System.nanoTime() - t0) / 1_000_000, first.activated());

    int edits = Integer.getInteger("edits", 50);
    List<ActivationReport> reports = new CopyOnWriteArrayList<>();
    List<Long> latencies = new ArrayList<>();
    // a rule file of the largest pack: its pack is recompiled and every scenario runs again
    Path edited = dir.resolve(System.getProperty("edit.file", "national-internship/functions.drl"));
    try (RulesDirectoryWatcher w = new RulesDirectoryWatcher(dir, m, 250, reports::add)) {
      for (int i = 0; i < edits; i++) {
        int before = reports.size();
        long s = System.nanoTime();
        Files.writeString(edited, "\n// edit " + i + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        while (reports.size() == before) {
          Thread.sleep(5);
        }
        latencies.add((System.nanoTime() - s) / 1_000_000);
        if (!reports.get(reports.size() - 1).activated()) {
          throw new IllegalStateException(reports.get(reports.size() - 1).summary());
        }
      }
    }
    Collections.sort(latencies);
    System.out.printf(Locale.ROOT, "save → active over %d edits (poll 250 ms, all packs, all scenarios): median %d ms, max %d ms%n",
        edits, latencies.get(latencies.size() / 2), latencies.get(latencies.size() - 1));

    // evaluation while reloading: 2 threads evaluate, the main thread activates 10 new versions
    PolicyCase c = EvaluationBench.fiftyStudentCase();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long[] counts = new long[2];
    List<Thread> ts = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int ti = t;
      Thread th = new Thread(() -> {
        while (!stop.get()) {
          try {
            var d = m.evaluator().evaluate(c);
            if (d.ruleVersion() == null) {
              throw new IllegalStateException("decision without version");
            }
            counts[ti]++;
          } catch (Throwable e) {
            failure.set(e);
            return;
          }
        }
      });
      th.start();
      ts.add(th);
    }
    Thread.sleep(3000);
    long quiet = counts[0] + counts[1];
    long r0 = System.nanoTime();
    for (int i = 0; i < 10; i++) {
      Files.writeString(edited, "\n// load " + i + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      m.activate(dir, "soak");
    }
    double reloadSecs = (System.nanoTime() - r0) / 1e9;
    long during = counts[0] + counts[1] - quiet;
    stop.set(true);
    for (Thread th : ts) {
      th.join();
    }
    System.out.printf(Locale.ROOT, "evaluation on 2 threads: %.0f cases/s quiet, %.0f cases/s while 10 reloads ran (%.1f s per reload under load); errors: %s%n",
        quiet / 3.0, during / reloadSecs, reloadSecs / 10, failure.get());

    // Metaspace and heap after GC across rebuilds (compile + swap, old rule bases dropped)
    int reloads = Integer.getInteger("reloads", 1000);
    DroolsRuleCompiler compiler = new DroolsRuleCompiler(getClass().getClassLoader());
    AtomicReference<RuleBase> inForce = new AtomicReference<>();
    MemoryPoolMXBean meta = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getName().equals("Metaspace")).findFirst().orElseThrow();
    for (int i = 1; i <= reloads; i++) {
      Files.writeString(edited, "\n// soak " + i + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      RuleSet set = RuleSourceLoader.load(dir);
      inForce.set(compiler.compile(set).ruleBase());
      if (i == 1 || i % Math.max(1, reloads / 10) == 0) {
        System.gc();
        Thread.sleep(100);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "after %4d rebuilds: Metaspace %.1f MB, heap after GC %.1f MB%n",
            i, meta.getUsage().getUsed() / 1048576.0, heap / 1048576.0);
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    RulesTestSupport.copyTree(from, to);
  }
}
