package org.hezuo.documents.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code templates/manifest.json}: which case types each template takes, its Chinese title and
 * whether it needs a compliant decision.
 */
public final class TemplateManifest {
  /**
   * One template's entry.
   *
   * @param id the id
   * @param title the Chinese title
   * @param caseTypes the case type codes it takes
   * @param committeeKind for charters and notices, the committee kind it is for, or null
   * @param requiresCompliantDecision whether a 不符合 decision refuses it
   */
  public record Entry(String id, String title, Set<String> caseTypes, String committeeKind,
      boolean requiresCompliantDecision) {}

  private final Map<String, Entry> entries;

  private TemplateManifest(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  /**
   * Reads the manifest of a templates directory.
   *
   * @param templatesDir the directory
   * @return the manifest; empty when the directory has none
   * @throws UncheckedIOException if the manifest cannot be read
   * @throws IllegalArgumentException if it is not valid JSON
   */
  public static TemplateManifest read(Path templatesDir) {
    Path file = templatesDir.resolve("manifest.json");
    if (!Files.exists(file)) {
      return new TemplateManifest(Map.of());
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("templates/manifest.json 不是有效的JSON：" + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Entry> map = new LinkedHashMap<>();
    for (JsonNode t : root.path("templates")) {
      Set<String> types = new LinkedHashSet<>();
      t.path("caseTypes").forEach(n -> types.add(n.asText()));
      String kind = t.path("committeeKind").isTextual() ? t.path("committeeKind").asText() : null;
      map.put(t.path("id").asText(), new Entry(t.path("id").asText(), t.path("title").asText(),
          types, kind, t.path("requiresCompliantDecision").asBoolean(true)));
    }
    return new TemplateManifest(map);
  }

  /**
   * Looks up a template.
   *
   * @param id the id
   * @return its entry, or null
   */
  public Entry get(String id) {
    return entries.get(id);
  }
}
