package org.hezuo.documents.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code templates/manifest.json}: which case types each template takes, its Chinese title and
 * whether it needs a compliant decision. A template the manifest does not describe takes any case
 * type, is titled by its id and needs a compliant decision ({@link #entry}).
 */
public final class TemplateManifest {
  private static final Logger LOG = LoggerFactory.getLogger(TemplateManifest.class);

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

  /**
   * A template's entry, or for a template the manifest does not describe the defaults: titled by its
   * id, any case type, a compliant decision needed.
   *
   * @param id the id
   * @return the entry
   */
  public Entry entry(String id) {
    Entry e = entries.get(id);
    return e != null ? e : new Entry(id, id, Set.of(), null, true);
  }

  /**
   * The manifest of a directory as it is when asked: read again whenever the file's modification
   * time or size changed. A file that cannot be read or parsed is logged and the manifest read last
   * stays in force (none at first: every template then takes the defaults of {@link #entry}).
   *
   * @param templatesDir the directory
   * @return the current manifest on each call
   */
  public static Supplier<TemplateManifest> watching(Path templatesDir) {
    return new Watched(templatesDir);
  }

  private static final class Watched implements Supplier<TemplateManifest> {
    private record Read(Object stamp, TemplateManifest manifest) {}

    private final Path dir;
    private volatile Read last = new Read(null, new TemplateManifest(Map.of()));

    Watched(Path dir) {
      this.dir = dir;
    }

    @Override
    public TemplateManifest get() {
      Path file = dir.resolve("manifest.json");
      Object stamp;
      try {
        var a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        stamp = List.of(a.lastModifiedTime(), a.size());
      } catch (IOException e) {
        stamp = "none";
      }
      Read r = last;
      if (stamp.equals(r.stamp())) {
        return r.manifest();
      }
      TemplateManifest m;
      try {
        m = read(dir);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        LOG.warn("模板清单未更新，仍使用上次读到的内容 / template manifest not reloaded: {}", e.getMessage());
        m = r.manifest();
      }
      last = new Read(stamp, m);
      return m;
    }
  }
}
