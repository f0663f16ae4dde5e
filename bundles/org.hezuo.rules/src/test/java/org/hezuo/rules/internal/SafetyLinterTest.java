package org.hezuo.rules.internal;

import org.hezuo.api.admin.RuleProblem;
import org.hezuo.api.admin.ActivationReport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetyLinterTest {
  @TempDir Path dir;

  private static List<RuleProblem> lintConsequence(String code) {
    String drl = RulesTestSupport.HEADER + "rule \"r\"\nwhen\n  $s : Student()\nthen\n  " + code + "\nend\n";
    List<RuleProblem> problems = new ArrayList<>();
    SafetyLinter.lint("pack/attack.drl", drl, false, problems);
    return problems;
  }

  /** Each line: the attack, and a word its Chinese reason must contain. Line 10 is the consequence. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      System.exit(0);                                              | System
      Runtime.getRuntime().exec("rm -rf /");                       | Runtime
      new ProcessBuilder("sh", "-c", "id").start();                | ProcessBuilder
      new Thread(() -> {}).start();                                | Thread
      java.util.concurrent.Executors.newFixedThreadPool(1);        | java.util.concurrent
      Class.forName("java.lang.Runtime");                          | 反射
      $s.getClass().getClassLoader();                              | getClass
      String.class.getMethods();                                   | .class
      $s.getClass().getDeclaredMethod("setName", String.class);   | getDeclaredMethod
      java.lang.reflect.Method m = null;                           | java.lang.reflect
      java.lang.invoke.MethodHandles.lookup();                     | java.lang.invoke
      new java.io.File("/etc/passwd").delete();                   | java.io
      java.nio.file.Files.readAllLines(null);                      | java.nio
      Files.delete(Path.of("x"));                                  | 文件访问
      new java.net.Socket("10.0.0.1", 80);                         | java.net
      new URL("http://x").openStream();                            | 网络访问
      new javax.script.ScriptEngineManager();                      | javax.script
      new javax.naming.InitialContext().lookup("ldap://x");        | javax.naming
      Calc.LIMIT = 3;                                              | 静态字段
      drools.getKieRuntime().halt();                               | 运行时
      kcontext.getKieRuntime().getGlobals();                       | kcontext
      System.getenv("HOME");                                       | System
      Thread.sleep(100000);                                        | Thread
      sun.misc.Unsafe u = null;                                    | sun.misc
      ClassLoader.getSystemClassLoader();                          | ClassLoader
      $s.wait();                                                   | wait
      out.getClass().getClassLoader().loadClass("x");              | getClass
      java.lang.ProcessHandle.current().destroy();                 | ProcessHandle
      modify($s) { setGrade(2) }                                   | 修改或删除案件事实
      delete($s);                                                  | 修改或删除案件事实
      update($s);                                                  | 修改或删除案件事实
      $s.setGrade(1);                                              | 改动案件中的数据
      """)
  void attackInConsequenceIsRefused(String attack, String reasonMentions) {
    List<RuleProblem> problems = lintConsequence(attack);
    assertFalse(problems.isEmpty(), "not refused: " + attack);
    RuleProblem p = problems.get(0);
    assertEquals("pack/attack.drl", p.file());
    assertEquals(10, p.line(), p.toString());
    assertTrue(p.code().startsWith("UNSAFE_"), p.toString());
    assertTrue(problems.stream().anyMatch(x -> x.message().contains(reasonMentions)),
        attack + " → " + problems);
  }

  @Test
  void ownFactsStringBuildersAndRoundingAreNotChangesToTheCase() {
    assertEquals(List.of(), lintConsequence("StringBuilder sb = new StringBuilder(\"甲乙\"); sb.delete(0, 1); "
        + "insert(new java.util.ArrayList()); out.value(\"x\", $s.getPay().setScale(2));"));
  }

  @Test
  void unicodeEscapeHidingSystemIsRefused() {
    List<RuleProblem> problems = lintConsequence("\\u0053ystem.exit(0);");
    assertEquals("UNSAFE_UNICODE_ESCAPE", problems.get(0).code());
  }

  @Test
  void forbiddenImportGlobalAndFunctionAreRefused() {
    String drl = """
        package p;
        import java.io.File;
        import function java.lang.System.exit;
        global java.util.List leak;
        function void f() { Runtime.getRuntime().gc(); }
        """;
    List<RuleProblem> problems = new ArrayList<>();
    SafetyLinter.lint("p/x.drl", drl, false, problems);
    assertEquals(List.of("UNSAFE_IMPORT", "UNSAFE_IMPORT", "UNSAFE_GLOBAL", "UNSAFE_API"),
        problems.stream().map(RuleProblem::code).toList());
    assertEquals(List.of(2, 3, 4, 5), problems.stream().map(RuleProblem::line).toList());
  }

  @Test
  void codeInADslMappingIsChecked() {
    List<RuleProblem> problems = new ArrayList<>();
    SafetyLinter.lint("p/x.dsl", "[then]清空=System.exit(0);\n[when]学生=$s : Student()\n", true, problems);
    assertFalse(problems.isEmpty());
    assertTrue(problems.stream().allMatch(p -> p.line() == 1), problems.toString());
  }

  @Test
  void allowedHelpersPass() {
    assertEquals(List.of(), lintConsequence(
        "out.value(\"n\", java.util.Arrays.asList(1, 2).size() + Math.max(1, 2)"
            + " + java.time.LocalDate.of(2026, 1, 1).getYear());"));
  }

  @Test
  void wordsInMessagesAndCommentsAreNotCode() {
    assertTrue(lintConsequence("out.warn(\"X\", \"DEMO-1\", \"System.exit 不是代码\", $s); // Runtime").isEmpty());
  }

  @Test
  void maliciousFileIsRefusedAtActivationAndRulesInForceStay() {
    RulesTestSupport.demoPack(dir);
    RuleBaseManager m = RulesTestSupport.manager();
    String v = m.activate(dir).version();
    RulesTestSupport.write(dir, "demo/evil.drl", RulesTestSupport.HEADER
        + "rule \"evil\"\nwhen\n  Student()\nthen\n  System.exit(1);\nend\n");
    ActivationReport r = m.activate(dir);
    assertFalse(r.activated());
    assertEquals("demo/evil.drl:10:3 [UNSAFE_API] 规则文件不得使用系统调用（System）：政策规则只能判断案件事实并写出结论",
        r.problems().get(0).toString());
    assertEquals(v, m.inForce().version());
  }

  @Test
  void shippedPacksPassTheLinter() {
    RuleSet set = RuleSourceLoader.load(ShippedRulesTest.RULES);
    assertEquals(List.of(), SafetyLinter.lint(set));
  }
}
