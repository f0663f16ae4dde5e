package org.hezuo.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hezuo.documents.DocumentField;
import org.hezuo.documents.DocumentProblem;
import org.hezuo.documents.DocumentService;
import org.hezuo.documents.GenerationResult;
import org.junit.jupiter.api.Test;

class TemplatesCommandTest {

  private static DocumentService documents(List<DocumentProblem> problems) {
    return new DocumentService() {
      @Override
      public GenerationResult generate(String templateId, Object data) {
        throw new UnsupportedOperationException();
      }

      @Override
      public GenerationResult generatePdf(String templateId, Object data) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<DocumentField> documentFields(String templateId) {
        return templateId.equals("实习安排表")
            ? List.of(new DocumentField("date", "签订 / 成文日期", DocumentField.Type.DATE, true, null),
                new DocumentField("place", "签订地点", DocumentField.Type.TEXT, false, null))
            : List.of();
      }

      @Override
      public Set<String> templateIds() {
        return Set.of("实习安排表", "refund-notice");
      }

      @Override
      public List<DocumentProblem> templateProblems() {
        return problems;
      }

      @Override
      public Path templatesDirectory() {
        return Path.of("templates");
      }

      @Override
      public List<DocumentProblem> checkTemplate(String templateId, byte[] docx) {
        return new String(docx, java.nio.charset.StandardCharsets.UTF_8).contains("nmae")
            ? List.of(new DocumentProblem("UNKNOWN_FIELD", "模板引用了不存在的字段“school.nmae”", templateId, "学校：{{school.nmae}}", ""))
            : List.of();
      }
    };
  }

  @Test
  void listsTemplatesWithTheDocumentFieldsTheyAskFor() {
    CommandResult r = new TemplatesCommand(documents(List.of())).run();
    assertEquals(CommandResult.OK, r.exitCode());
    assertTrue(r.output().contains("在用 2 个，没有被拒绝的模板"), r.output());
    assertTrue(r.output().contains("签订 / 成文日期*、签订地点"), r.output());
  }

  @Test
  void aRefusedTemplateIsNamedWithCodeReasonAndPlaceAndTheExitCodeSaysSo() {
    CommandResult r = new TemplatesCommand(documents(List.of(new DocumentProblem("UNCLOSED_TAG",
        "标签没有结束：缺少 }}", "坏模板", "甲方：{{school.name", "")))).run();
    assertEquals(CommandResult.BAD_INPUT, r.exitCode());
    assertTrue(r.output().contains("有问题的 1 个"), r.output());
    assertTrue(r.output().contains("坏模板.docx"), r.output());
    assertTrue(r.output().contains("UNCLOSED_TAG"), r.output());
    assertTrue(r.output().contains("“甲方：{{school.name”"), r.output());
  }

  @Test
  void aTemplateFileIsCheckedUnderTheIdItsNameGivesWithoutBeingPutInForce(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path bad = java.nio.file.Files.writeString(dir.resolve("本校协议.docx"), "PK 学校：{{school.nmae}}");
    CommandResult r = new TemplatesCommand(documents(List.of())).check(bad);
    assertEquals(CommandResult.BAD_INPUT, r.exitCode());
    assertTrue(r.output().contains("模板“本校协议”不能启用（1 个问题）"), r.output());
    assertTrue(r.output().contains("UNKNOWN_FIELD"), r.output());
    Path good = java.nio.file.Files.writeString(dir.resolve("实习安排表.docx"), "PK 学校：{{school.name}}");
    CommandResult ok = new TemplatesCommand(documents(List.of())).check(good);
    assertEquals(CommandResult.OK, ok.exitCode());
    assertTrue(ok.output().contains("将替换同名的在用模板"), ok.output());
    assertEquals(CommandResult.BAD_INPUT, new TemplatesCommand(documents(List.of())).check(dir.resolve("没有.docx")).exitCode());
  }
}
