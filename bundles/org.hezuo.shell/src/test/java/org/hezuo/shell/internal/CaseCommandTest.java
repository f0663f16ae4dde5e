package org.hezuo.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCommandTest {

  @TempDir Path dir;
  final FakeEvaluator evaluator = new FakeEvaluator();
  final CaseCommand command = new CaseCommand(evaluator);

  @Test
  void evaluatesAReadableCase() throws IOException {
    Path f = write("{\"caseId\":\"C-1\",\"caseType\":\"POST_INTERNSHIP\"}");
    CommandResult r = command.eval(f, false);
    assertEquals(CommandResult.OK, r.exitCode(), r.output());
    assertNotNull(evaluator.last);
    assertTrue(r.output().contains("不符合"), r.output());
  }

  @Test
  void jsonOutputIsJson() throws IOException {
    CommandResult r = command.eval(write("{\"caseId\":\"C-1\",\"caseType\":\"POST_INTERNSHIP\"}"), true);
    assertEquals(CommandResult.OK, r.exitCode());
    assertTrue(r.output().trim().startsWith("{") && r.output().contains("\"INTERN_UNDER_16\""), r.output());
  }

  @Test
  void malformedJsonIsAFieldErrorNotAnException() throws IOException {
    CommandResult r = command.eval(write("{\"caseId\": "), false);
    assertEquals(CommandResult.BAD_INPUT, r.exitCode());
    assertTrue(r.output().startsWith("输入有误"), r.output());
  }

  @Test
  void malformedJsonAsJsonCarriesTheErrors() throws IOException {
    CommandResult r = command.eval(write("[1,2"), true);
    assertEquals(CommandResult.BAD_INPUT, r.exitCode());
    assertTrue(r.output().contains("\"INVALID\"") && r.output().contains("errors"), r.output());
  }

  @Test
  void missingFileIsBadInput() {
    CommandResult r = command.eval(dir.resolve("nope.json"), false);
    assertEquals(CommandResult.BAD_INPUT, r.exitCode());
    assertTrue(r.output().contains("文件不存在"), r.output());
  }

  @Test
  void statusShowsVersionOrSaysNotYet() {
    assertTrue(command.status().output().contains("sha256:abc"));
    evaluator.version = null;
    assertEquals(CommandResult.NO_RULES, command.status().exitCode());
  }

  private Path write(String json) throws IOException {
    Path f = dir.resolve("case.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f;
  }
}
