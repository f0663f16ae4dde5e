package org.hezuo.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hezuo.documents.DocumentField;
import org.hezuo.documents.DocumentService;
import org.hezuo.json.HezuoJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The templates clerks may choose: the entries of {@code templates/manifest.json} whose template
 * the document service compiled, plus any compiled template the manifest does not describe; each
 * with the document fields ({@code doc.*}) it uses, so that forms ask exactly for those. The
 * manifest is parsed again only when its modification time or size changes, not on every request.
 */
public final class TemplateCatalog {
  private static final Logger LOG = LoggerFactory.getLogger(TemplateCatalog.class);
  private final Path manifest;

  /** The manifest as last parsed, with the file attributes it was parsed at. */
  private record Parsed(FileTime modified, long size, Map<String, JsonNode> byId) {}

  private volatile Parsed parsed;

  /**
   * Creates the catalog.
   *
   * @param manifest the manifest file (may be missing: then only ids are listed)
   */
  public TemplateCatalog(Path manifest) {
    this.manifest = manifest;
  }

  /**
   * The templates usable now.
   *
   * @param documents the document service
   * @return one map per template: id, title, caseTypes, committeeKind, signingParties,
   *     requiresCompliantDecision, docFields (see {@link #docField})
   */
  public List<Map<String, Object>> templates(DocumentService documents) {
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, JsonNode> described = read();
    for (String id : documents.templateIds().stream().sorted().toList()) {
      out.add(entry(id, described.get(id), documents));
    }
    return out;
  }

  /**
   * One template's entry.
   *
   * @param id the template id
   * @param documents the document service
   * @return the entry, or null when the template is not usable
   */
  public Map<String, Object> find(String id, DocumentService documents) {
    return documents.templateIds().contains(id) ? entry(id, read().get(id), documents) : null;
  }

  private static Map<String, Object> entry(String id, JsonNode n, DocumentService documents) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("id", id);
    t.put("title", n != null ? n.path("title").asText(id) : id);
    t.put("caseTypes", n != null ? HezuoJson.mapper().convertValue(n.path("caseTypes"), List.class) : List.of());
    t.put("committeeKind", n != null && n.hasNonNull("committeeKind") ? n.get("committeeKind").asText() : null);
    t.put("signingParties", n != null ? HezuoJson.mapper().convertValue(n.path("signingParties"), List.class) : List.of());
    t.put("requiresCompliantDecision", n == null || n.path("requiresCompliantDecision").asBoolean(true));
    t.put("docFields", documents.documentFields(id).stream().map(TemplateCatalog::docField).toList());
    return t;
  }

  /**
   * One document field as JSON.
   *
   * @param f the field
   * @return name, path ({@code doc.copies}), label, type ({@code text}, {@code integer}, {@code
   *     date}, {@code list}), required, and default (the text written when empty) when there is one
   */
  static Map<String, Object> docField(DocumentField f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", f.name());
    m.put("path", f.path());
    m.put("label", f.label());
    m.put("type", f.type().name().toLowerCase(Locale.ROOT));
    m.put("required", f.required());
    if (f.defaultText() != null) {
      m.put("default", f.defaultText());
    }
    return m;
  }

  private Map<String, JsonNode> read() {
    BasicFileAttributes a;
    try {
      a = manifest == null ? null : Files.readAttributes(manifest, BasicFileAttributes.class);
    } catch (IOException e) {
      a = null;
    }
    if (a == null || !a.isRegularFile()) {
      return Map.of();
    }
    Parsed p = parsed;
    if (p != null && p.modified().equals(a.lastModifiedTime()) && p.size() == a.size()) {
      return p.byId();
    }
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    try {
      JsonNode root = HezuoJson.mapper().readTree(Files.readAllBytes(manifest));
      for (JsonNode t : root.path("templates")) {
        byId.put(t.path("id").asText(), t);
      }
    } catch (IOException e) {
      LOG.warn("cannot read template manifest {}: {}", manifest, e.toString());
    }
    // racing requests may both parse a changed file: harmless, either result is current
    Parsed now = new Parsed(a.lastModifiedTime(), a.size(), Map.copyOf(byId));
    parsed = now;
    return now.byId();
  }
}
