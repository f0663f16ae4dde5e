package org.hezuo.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * with the document fields ({@code doc.*}) it uses, so that forms ask exactly for those.
 */
public final class TemplateCatalog {
  private static final Logger LOG = LoggerFactory.getLogger(TemplateCatalog.class);
  private final Path manifest;

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
      JsonNode n = described.get(id);
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("id", id);
      t.put("title", n != null ? n.path("title").asText(id) : id);
      t.put("caseTypes", n != null ? HezuoJson.mapper().convertValue(n.path("caseTypes"), List.class) : List.of());
      t.put("committeeKind", n != null && n.hasNonNull("committeeKind") ? n.get("committeeKind").asText() : null);
      t.put("signingParties", n != null ? HezuoJson.mapper().convertValue(n.path("signingParties"), List.class) : List.of());
      t.put("requiresCompliantDecision", n == null || n.path("requiresCompliantDecision").asBoolean(true));
      t.put("docFields", documents.documentFields(id).stream().map(TemplateCatalog::docField).toList());
      out.add(t);
    }
    return out;
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

  /**
   * One template's entry.
   *
   * @param id the template id
   * @param documents the document service
   * @return the entry, or null when the template is not usable
   */
  public Map<String, Object> find(String id, DocumentService documents) {
    return templates(documents).stream().filter(t -> t.get("id").equals(id)).findFirst().orElse(null);
  }

  private Map<String, JsonNode> read() {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    if (manifest == null || !Files.isRegularFile(manifest)) {
      return byId;
    }
    try {
      JsonNode root = HezuoJson.mapper().readTree(Files.readAllBytes(manifest));
      for (JsonNode t : root.path("templates")) {
        byId.put(t.path("id").asText(), t);
      }
    } catch (IOException e) {
      LOG.warn("cannot read template manifest {}: {}", manifest, e.toString());
    }
    return byId;
  }
}
