package org.hezuo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.admin.PolicyRules;
import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.Finding;
import org.hezuo.api.decision.Outcome;
import org.hezuo.api.model.PolicyCase;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * Policy staff change rules while the host runs: the rules component watches a temporary copy of
 * the {@code teacher-practice} pack (the repository's {@code rules/} is never written; one pack keeps
 * every activation cheap). A saved edit is put in force within a bounded wait and decisions carry
 * the new version; a syntax error or a consequence calling {@code System.exit} is refused with file
 * and line and the version in force stays; 50 activations while two threads evaluate never mix
 * versions.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RulesReloadIT extends HezuoTestSupport {

  private static final String PACK = "teacher-practice";
  private static final String SAMPLE = "teacher-practice.json";
  private static final long WAIT_MILLIS = 60_000;
  private static final int KEEP_SCENARIOS = 4;
  private static final String HEADER = """
      package org.hezuo.rules.teacher_practice;

      import org.hezuo.api.model.*;

      global org.hezuo.api.rules.RuleOutput out;
      global org.hezuo.api.rules.PackParameters params;

      """;

  @Inject
  @Filter(timeout = 300_000)
  private PolicyEvaluator evaluator;

  @Inject
  @Filter(timeout = 300_000)
  private PolicyRules rules;

  @Configuration
  public Option[] configuration() {
    return new Option[] {baseConfiguration()};
  }

  /**
   * The copy keeps a few of the pack's scenarios: every activation runs them, and this class
   * activates more than 50 times (all of them run in PolicyEvaluatorIT and the rules bundle's tests).
   */
  @Override
  protected Path rulesDirectory() {
    Path dir = RulesCopy.of(PACK);
    try (java.util.stream.Stream<Path> s = Files.list(dir.resolve(PACK).resolve("tests"))) {
      for (Path p : s.sorted().skip(KEEP_SCENARIOS).toList()) {
        Files.delete(p);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return dir;
  }

  @Test
  public void a_theFrameworkWatchesACopyNotTheRepository() {
    String dir = rules.status().rulesDirectory();
    assertTrue(dir, dir.contains("hezuo-itest-rules-"));
    assertEquals(List.of(PACK), rules.status().packs().stream().map(p -> p.name()).toList());
    // every rule of the pack begins with the case type: other cases are not put through it
    assertEquals(List.of("TEACHER_PRACTICE"), rules.status().packs().get(0).caseTypes());
    assertNotNull(evaluator.version());
  }

  @Test
  public void b_aSavedRuleFileIsPutInForceAndDecisionsCarryTheNewVersion() throws Exception {
    String before = evaluator.version();
    Decision old = evaluator.evaluate(sample());
    assertEquals(before, old.ruleVersion());
    assertFalse(old.has("ITEST_RELOAD_WARN"));

    long t0 = System.nanoTime();
    write("itest-warn.drl", HEADER + warnRule("集成测试提示", "新增规则已生效"));
    waitFor("a new version in force", () -> !before.equals(evaluator.version()));
    long millis = (System.nanoTime() - t0) / 1_000_000;

    Decision d = evaluator.evaluate(sample());
    assertEquals(evaluator.version(), d.ruleVersion());
    assertNotEquals(before, d.ruleVersion());
    assertTrue("no WARN from the new file: " + d.findings(), d.has("ITEST_RELOAD_WARN"));
    assertEquals("a WARN does not change the outcome", old.outcome(), d.outcome());
    ActivationReport last = rules.status().lastReport();
    assertTrue(last.summary(), last.activated());
    assertTrue(last.summary(), last.added().stream().anyMatch(f -> f.endsWith("itest-warn.drl")));
    System.out.println("RulesReloadIT: edit in force after " + millis + " ms");
  }

  @Test
  public void c_aSyntaxErrorIsRefusedWithFileAndLineAndTheOldVersionStays() throws Exception {
    String before = evaluator.version();
    Instant t0 = Instant.now();
    // line 10 lacks the closing parenthesis of the pattern
    write("itest-broken.drl", HEADER + """
        rule "集成测试语法错误"
        when
          PolicyCase( caseType == CaseType.TEACHER_PRACTICE
        then
          out.warn("ITEST_BROKEN", "TEP16-4", "不应生效");
        end
        """);
    try {
      ActivationReport refusal = waitForRefusal(t0);
      assertEquals(before, evaluator.version());
      assertEquals(before, evaluator.evaluate(sample()).ruleVersion());
      List<RuleProblem> problems = refusal.problems();
      assertFalse(refusal.summary(), problems.isEmpty());
      assertTrue(refusal.summary(), problems.stream()
          .anyMatch(p -> p.file().endsWith(PACK + "/itest-broken.drl") && p.line() >= 10 && p.line() <= 13));
      System.out.println("RulesReloadIT: refused as expected: " + problems);
    } finally {
      delete("itest-broken.drl");
    }
  }

  @Test
  public void d_aConsequenceCallingSystemExitIsRefusedAsUnsafe() throws Exception {
    String before = evaluator.version();
    Instant t0 = Instant.now();
    write("itest-exit.drl", HEADER + """
        rule "集成测试恶意规则"
          @clause("TEP16-4")
        when
          PolicyCase( caseType == CaseType.TEACHER_PRACTICE )
        then
          System.exit(0);
        end
        """);
    try {
      ActivationReport refusal = waitForRefusal(t0);
      assertTrue(refusal.summary(), refusal.problems().stream()
          .anyMatch(p -> p.code().equals("UNSAFE_API") && p.file().endsWith("itest-exit.drl") && p.line() == 13));
      assertEquals(before, evaluator.version());
      Decision d = evaluator.evaluate(sample());
      assertEquals(before, d.ruleVersion());
      assertNotEquals(Outcome.INVALID, d.outcome());
    } finally {
      delete("itest-exit.drl");
    }
  }

  @Test
  public void e_fiftyActivationsWhileTwoThreadsEvaluateNeverMixVersions() throws Exception {
    PolicyCase c = sample();
    // a first save the watcher activates; the 50 edits after it keep the file's size
    String before = evaluator.version();
    write("itest-warn.drl", HEADER + warnRule("集成测试提示", "重载#000"));
    waitFor("the first save in force", () -> !before.equals(evaluator.version()));
    Pattern marker = Pattern.compile("重载#(\\d+)");
    Map<String, String> markerOfVersion = new ConcurrentHashMap<>();
    markerOfVersion.put(evaluator.version(), "000");
    Set<String> seen = ConcurrentHashMap.newKeySet();
    List<String> errors = new CopyOnWriteArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong evaluations = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      Thread th = new Thread(() -> {
        while (!stop.get()) {
          try {
            Decision d = evaluator.evaluate(c);
            evaluations.incrementAndGet();
            if (d.ruleVersion() == null || d.outcome() == Outcome.INVALID) {
              errors.add("bad decision " + d.outcome() + " " + d.ruleVersion() + " " + d.errors());
              continue;
            }
            String m = "-";
            for (Finding f : d.findings()) {
              Matcher mm = marker.matcher(String.valueOf(f.message()));
              if (f.code().equals("ITEST_RELOAD_WARN") && mm.find()) {
                if (!m.equals("-")) {
                  errors.add("two reload markers in one decision: " + d.findings());
                }
                m = mm.group(1);
              }
            }
            seen.add(d.ruleVersion() + "|" + m);
            Thread.sleep(1);
          } catch (InterruptedException e) {
            return;
          } catch (Throwable e) {
            errors.add(e.toString());
          }
        }
      }, "itest-evaluator-" + t);
      th.start();
      threads.add(th);
    }
    long t0 = System.nanoTime();
    List<String> ours = new ArrayList<>();
    try {
      for (int i = 1; i <= 50; i++) {
        // same size and modification time as the previous save: the watcher does not see these
        // edits, so each one is activated exactly once, here (as the console's 启用 button does)
        writeUnseen("itest-warn.drl", HEADER + warnRule("集成测试提示", "重载#%03d".formatted(i)));
        ActivationReport r = rules.activate("itest");
        if (!r.activated() && !r.version().equals(evaluator.version())) {
          fail("activation " + i + " refused: " + r.summary());
        }
        ours.add(r.version());
        markerOfVersion.put(r.version(), "%03d".formatted(i));
      }
    } finally {
      stop.set(true);
      for (Thread th : threads) {
        th.join(10_000);
      }
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertEquals("errors while evaluating: " + errors, List.of(), errors);
    assertEquals("50 distinct versions", 50, new TreeSet<>(ours).size());

    Set<String> activated = new TreeSet<>();
    for (ActivationReport r : rules.history()) {
      if (r.activated()) {
        activated.add(r.version());
      }
    }
    assertTrue(activated.containsAll(ours));
    List<String> wrong = new ArrayList<>();
    Set<String> versionsSeen = new TreeSet<>();
    for (String s : seen) {
      String version = s.substring(0, s.indexOf('|'));
      String m = s.substring(s.indexOf('|') + 1);
      versionsSeen.add(version);
      if (!activated.contains(version)) {
        wrong.add(s + ": never activated");
      } else if (markerOfVersion.containsKey(version) && !markerOfVersion.get(version).equals(m)) {
        wrong.add(s + ": decided with the rules of reload #" + m + " but labelled with the version of #"
            + markerOfVersion.get(version));
      }
    }
    assertEquals(wrong.toString(), List.of(), wrong);
    assertTrue("evaluations: " + evaluations, evaluations.get() > 100);
    assertTrue("versions seen: " + versionsSeen.size(), versionsSeen.size() > 1);
    System.out.println("RulesReloadIT: 50 activations in " + millis + " ms, " + evaluations
        + " evaluations on 2 threads, " + versionsSeen.size() + " versions seen");
  }

  private static String warnRule(String name, String text) {
    return """
        rule "%s"
          @clause("TEP16-4")
        when
          PolicyCase( caseType == CaseType.TEACHER_PRACTICE, caseId == "JNJD-TP-2025-017" )
        then
          out.warn("ITEST_RELOAD_WARN", "TEP16-4", "%s");
        end
        """.formatted(name, text);
  }

  private static PolicyCase sample() throws Exception {
    InFramework.Read read = InFramework.readCase(Files.readAllBytes(examplesDir().resolve(SAMPLE)));
    assertEquals(List.of(), read.errors());
    return read.value();
  }

  private Path packDir() {
    return Path.of(rules.status().rulesDirectory()).resolve(PACK);
  }

  /** Writes a whole file at once (a temp file then a move) as an editor's "save" does. */
  private void write(String name, String text) throws Exception {
    Path tmp = packDir().resolve(name + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, packDir().resolve(name), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** Rewrites a file keeping its size and modification time: invisible to the watcher's poll. */
  private void writeUnseen(String name, String text) throws Exception {
    Path file = packDir().resolve(name);
    java.nio.file.attribute.FileTime mtime = Files.getLastModifiedTime(file);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertEquals("same size as before", Files.size(file), bytes.length);
    Files.write(file, bytes);
    Files.setLastModifiedTime(file, mtime);
  }

  private void delete(String name) throws Exception {
    Files.deleteIfExists(packDir().resolve(name));
  }

  private ActivationReport waitForRefusal(Instant after) throws Exception {
    Map<String, ActivationReport> box = new HashMap<>();
    waitFor("a refused activation", () -> {
      ActivationReport r = rules.status().lastRefusal();
      if (r != null && r.at().isAfter(after)) {
        box.put("r", r);
        return true;
      }
      return false;
    });
    return box.get("r");
  }

  private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        fail("no " + what + " within " + WAIT_MILLIS + " ms");
      }
      Thread.sleep(50);
    }
  }
}
