package org.hezuo.rules.internal;

import org.hezuo.api.admin.ActivationReport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesDirectoryWatcherTest {
  @TempDir Path dir;

  private static void waitFor(List<ActivationReport> reports, int n) throws InterruptedException {
    for (int i = 0; i < 200 && reports.size() < n; i++) {
      Thread.sleep(50);
    }
  }

  @Test
  void savedChangeIsActivatedBrokenOneRefusedAndTouchIgnored() throws Exception {
    RulesTestSupport.demoPack(dir);
    RuleBaseManager m = RulesTestSupport.manager();
    String v1 = m.activate(dir).version();
    List<ActivationReport> reports = new CopyOnWriteArrayList<>();
    try (RulesDirectoryWatcher w = new RulesDirectoryWatcher(dir, m, 100, reports::add)) {
      // the parameter changes: a new version comes into force
      RulesTestSupport.write(dir, "demo/pack.properties", "demo.minAge=15\n");
      waitFor(reports, 1);
      assertEquals(1, reports.size());
      assertTrue(reports.get(0).activated(), reports.get(0).summary());
      String v2 = m.inForce().version();
      assertNotEquals(v1, v2);

      // a broken file is refused; the version in force stays
      RulesTestSupport.write(dir, "demo/broken.drl", "rule \"x\" when then");
      waitFor(reports, 2);
      assertFalse(reports.get(1).activated());
      assertEquals(v2, m.inForce().version());

      // removing the broken file brings back exactly the version in force: nothing to activate;
      // nor does touching a file without changing it, nor an editor's temp file
      Files.delete(dir.resolve("demo/broken.drl"));
      Files.setLastModifiedTime(dir.resolve("demo/age.drl"),
          java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
      RulesTestSupport.write(dir, "demo/.age.drl.swp", "half written");
      Thread.sleep(800);
      assertEquals(2, reports.size());
      assertEquals(v2, m.inForce().version());

      // the next real edit is picked up again
      RulesTestSupport.write(dir, "demo/pack.properties", "demo.minAge=16\n");
      waitFor(reports, 3);
      assertTrue(reports.get(2).activated(), reports.get(2).summary());
      assertNotEquals(v2, m.inForce().version());
    }
  }
}
