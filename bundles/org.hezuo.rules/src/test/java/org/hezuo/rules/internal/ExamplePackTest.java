package org.hezuo.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.admin.ScenarioResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example pack of rules/README.md ("新增一个规则包") does what the guide says: copied beside
 * the shipped packs it is put in force, its scenarios pass, and the shipped ones still do.
 */
class ExamplePackTest {
  static final Path EXAMPLE = Path.of(System.getProperty("hezuo.examples.dir", "../../examples"))
      .resolve("new-pack/local-example");

  @TempDir Path dir;

  @Test
  void theGuidesExamplePackGoesIntoForceBesideTheShippedOnes() throws IOException {
    RulesTestSupport.copyTree(ShippedRulesTest.RULES, dir);
    RulesTestSupport.copyTree(EXAMPLE, dir.resolve("local-example"));
    ActivationReport r = RulesTestSupport.manager().activate(dir);
    assertTrue(r.activated(), r.summary() + r.problems() + r.failedScenarios());
    List<ScenarioResult> mine = r.scenarios().stream()
        .filter(s -> s.file().startsWith("local-example/")).toList();
    assertEquals(2, mine.size(), mine.toString());
    assertTrue(mine.stream().allMatch(ScenarioResult::passed), mine.toString());
  }
}
