package org.hezuo.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.hezuo.documents.DocumentField;
import org.hezuo.documents.DocumentProblem;
import org.hezuo.documents.DocumentService;
import org.hezuo.documents.GenerationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCatalogTest {
  static final String MANIFEST = "{\"templates\":[{\"id\":\"a\",\"title\":\"%s\",\"caseTypes\":[\"POST_INTERNSHIP\"]}]}";

  @TempDir Path tmp;

  /** A document service that has compiled the given templates, with no document fields. */
  static DocumentService docs(String... ids) {
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
        return List.of();
      }

      @Override
      public Set<String> templateIds() {
        return Set.of(ids);
      }

      @Override
      public List<DocumentProblem> templateProblems() {
        return List.of();
      }
    };
  }

  @Test
  void findsOneTemplateAndListsUndescribedOnesByIdOnly() throws Exception {
    Path manifest = Files.writeString(tmp.resolve("manifest.json"), MANIFEST.formatted("甲协议"));
    TemplateCatalog catalog = new TemplateCatalog(manifest);
    assertEquals("甲协议", catalog.find("a", docs("a", "b")).get("title"));
    assertEquals(List.of("POST_INTERNSHIP"), catalog.find("a", docs("a")).get("caseTypes"));
    assertEquals("b", catalog.find("b", docs("a", "b")).get("title"));
    assertNull(catalog.find("a", docs("b")));
    assertEquals(2, catalog.templates(docs("b", "a")).size());
  }

  @Test
  void parsesTheManifestAgainOnlyWhenItsTimeOrSizeChanged() throws Exception {
    Path manifest = Files.writeString(tmp.resolve("manifest.json"), MANIFEST.formatted("甲协议"));
    FileTime before = Files.getLastModifiedTime(manifest);
    TemplateCatalog catalog = new TemplateCatalog(manifest);
    assertEquals("甲协议", catalog.find("a", docs("a")).get("title"));

    // same size, same time: the parsed manifest is reused
    Files.writeString(manifest, MANIFEST.formatted("乙协议"));
    Files.setLastModifiedTime(manifest, before);
    assertEquals("甲协议", catalog.find("a", docs("a")).get("title"));

    Files.setLastModifiedTime(manifest, FileTime.fromMillis(before.toMillis() + 2000));
    assertEquals("乙协议", catalog.find("a", docs("a")).get("title"));
    Files.writeString(manifest, MANIFEST.formatted("丙协议（修订）"));
    Files.setLastModifiedTime(manifest, FileTime.fromMillis(before.toMillis() + 2000));
    assertEquals("丙协议（修订）", catalog.find("a", docs("a")).get("title"));

    Files.delete(manifest);
    assertEquals("a", catalog.find("a", docs("a")).get("title"));
  }
}
