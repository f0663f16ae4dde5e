package org.hezuo.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCatalogTest {
  static final String MANIFEST = "{\"templates\":[{\"id\":\"a\",\"title\":\"%s\",\"caseTypes\":[\"POST_INTERNSHIP\"]}]}";

  @TempDir Path tmp;

  @Test
  void findsOneTemplateAndListsUndescribedOnesByIdOnly() throws Exception {
    Path manifest = Files.writeString(tmp.resolve("manifest.json"), MANIFEST.formatted("甲协议"));
    TemplateCatalog catalog = new TemplateCatalog(manifest);
    assertEquals("甲协议", catalog.find("a", Set.of("a", "b")).get("title"));
    assertEquals(List.of("POST_INTERNSHIP"), catalog.find("a", Set.of("a")).get("caseTypes"));
    assertEquals("b", catalog.find("b", Set.of("a", "b")).get("title"));
    assertNull(catalog.find("a", Set.of("b")));
    assertEquals(2, catalog.templates(Set.of("b", "a")).size());
  }

  @Test
  void parsesTheManifestAgainOnlyWhenItsTimeOrSizeChanged() throws Exception {
    Path manifest = Files.writeString(tmp.resolve("manifest.json"), MANIFEST.formatted("甲协议"));
    FileTime before = Files.getLastModifiedTime(manifest);
    TemplateCatalog catalog = new TemplateCatalog(manifest);
    assertEquals("甲协议", catalog.find("a", Set.of("a")).get("title"));

    // same size, same time: the parsed manifest is reused
    Files.writeString(manifest, MANIFEST.formatted("乙协议"));
    Files.setLastModifiedTime(manifest, before);
    assertEquals("甲协议", catalog.find("a", Set.of("a")).get("title"));

    Files.setLastModifiedTime(manifest, FileTime.fromMillis(before.toMillis() + 2000));
    assertEquals("乙协议", catalog.find("a", Set.of("a")).get("title"));
    Files.writeString(manifest, MANIFEST.formatted("丙协议（修订）"));
    Files.setLastModifiedTime(manifest, FileTime.fromMillis(before.toMillis() + 2000));
    assertEquals("丙协议（修订）", catalog.find("a", Set.of("a")).get("title"));

    Files.delete(manifest);
    assertEquals("a", catalog.find("a", Set.of("a")).get("title"));
  }
}
