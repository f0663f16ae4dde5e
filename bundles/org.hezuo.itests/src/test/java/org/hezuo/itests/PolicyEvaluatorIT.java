package org.hezuo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.hezuo.api.PolicyEvaluator;
import org.hezuo.api.decision.Decision;
import org.hezuo.api.decision.Outcome;
import org.hezuo.api.model.CaseType;
import org.hezuo.api.model.PolicyCase;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * The {@link PolicyEvaluator} service inside Felix, with Drools embedded in the rules bundle:
 * shipped scenarios and sample cases decide as expected, bad input comes back as field errors.
 * The framework runs with a GBK platform charset: Chinese literals in the rule files must still
 * match (Drools silently garbles them when a resource is read with the platform charset).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PolicyEvaluatorIT extends HezuoTestSupport {

  /** Activation compiles every pack and runs its scenarios first: allow a slow CI machine. */
  @Inject
  @Filter(timeout = 300_000)
  private PolicyEvaluator evaluator;

  @Configuration
  public Option[] configuration() {
    return new Option[] {baseConfiguration("GBK")};
  }

  @Test
  public void theFrameworkRunsWithAGbkPlatformCharset() {
    assertEquals("GBK", java.nio.charset.Charset.defaultCharset().name());
  }

  @Test
  public void aRuleBaseIsInForce() {
    assertNotNull("no rule base in force", evaluator.version());
  }

  @Test
  public void shippedScenariosDecideAsExpectedInsideTheFramework() throws Exception {
    List<InFramework.Scenario> scenarios = InFramework.scenarios(rulesDir());
    assertTrue("no scenario found under " + rulesDir(), scenarios.size() > 10);
    List<String> wrong = new ArrayList<>();
    for (InFramework.Scenario s : scenarios) {
      Decision d = evaluator.evaluate(s.value());
      if (s.outcome() != null && !s.outcome().equals(d.outcome().name())) {
        wrong.add(s.file() + ": expected " + s.outcome() + ", got " + d.outcome() + " " + d.findings());
      } else if (!s.findings().stream().allMatch(d::has)) {
        wrong.add(s.file() + ": expected findings " + s.findings() + ", got " + d.findings());
      }
    }
    assertEquals(wrong.size() + " of " + scenarios.size() + " scenarios differ", List.of(), wrong);
  }

  @Test
  public void sampleCasesAreDecided() throws Exception {
    List<Path> samples;
    try (Stream<Path> s = Files.list(examplesDir())) {
      samples = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse("no sample case in " + examplesDir(), samples.isEmpty());
    for (Path p : samples) {
      InFramework.Read read = InFramework.readCase(Files.readAllBytes(p));
      assertEquals(p + " does not read", List.of(), read.errors());
      Decision d = evaluator.evaluate(read.value());
      String name = p.getFileName().toString();
      assertNotEquals(name + ": " + d.errors(), Outcome.INVALID, d.outcome());
      assertEquals(name, evaluator.version(), d.ruleVersion());
      // the packs' values.tsv are read in the framework too: every computed value has its label
      assertEquals(name, d.values().keySet(), d.valueLabels().keySet());
      if (name.contains("violations")) {
        assertNotEquals(name + ": " + d.findings(), Outcome.COMPLIANT, d.outcome());
        assertFalse(name, d.findings().isEmpty());
        d.findings().forEach(f -> assertNotNull(name + " " + f.code() + " has no clause", f.clauseId()));
      }
    }
  }

  @Test
  public void malformedJsonIsAnsweredWithFieldErrors() {
    InFramework.Read read =
        InFramework.readCase("{\"caseId\": \"X-1\", \"caseType\": 42,".getBytes(StandardCharsets.UTF_8));
    assertNull(read.value());
    assertFalse(read.errors().isEmpty());
  }

  @Test
  public void invalidCaseIsAnsweredWithFieldErrorsNotAnException() {
    PolicyCase c = new PolicyCase();
    c.setCaseType(CaseType.values()[0]);
    Decision d = evaluator.evaluate(c);
    assertEquals(Outcome.INVALID, d.outcome());
    assertTrue(d.errors().stream().anyMatch(e -> e.path().contains("caseId")));
    assertTrue("messages are Chinese: " + d.errors(),
        d.errors().stream().anyMatch(e -> e.message().codePoints().anyMatch(ch -> ch >= 0x4E00)));
  }

  @Test
  public void gogoCommandsPrintTheDecisionInChinese() throws Exception {
    Path sample = examplesDir().resolve("consortium-violations.json");
    String text = InFramework.gogo(bundleContext, "hezuo:eval '" + sample + "'");
    assertTrue(text, text.contains("审查结果：不符合"));
    assertTrue(text, text.contains("依据："));
    String json = InFramework.gogo(bundleContext, "hezuo:eval --json '" + sample + "'");
    assertTrue(json, json.contains("\"NON_COMPLIANT\""));
    assertTrue(InFramework.gogo(bundleContext, "hezuo:status").contains(evaluator.version()));
  }

  private static Path rulesDir() {
    return Path.of(System.getProperty("hezuo.rules.dir"));
  }
}
