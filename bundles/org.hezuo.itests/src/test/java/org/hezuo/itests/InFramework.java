package org.hezuo.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.json.HezuoJson;
import org.hezuo.json.ReadResult;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Helpers that touch types of the provisioned bundles (JSON codec, Gogo). Only loaded inside the
 * framework: the test classes call them from test methods, never from signatures or fields, so
 * the driver JVM (whose class path excludes those bundles) never needs them.
 */
final class InFramework {

  private InFramework() {}

  /** A case read from a file, or the field errors that stopped it. */
  record Read(PolicyCase value, List<FieldError> errors) {}

  static Read readCase(byte[] json) {
    ReadResult<PolicyCase> r = HezuoJson.read(json, PolicyCase.class);
    return new Read(r.value(), r.errors());
  }

  /** A rule pack scenario without parameter overrides: the case, the expected outcome and findings. */
  record Scenario(String file, PolicyCase value, String outcome, List<String> findings) {}

  @SuppressWarnings("unchecked")
  static List<Scenario> scenarios(Path rulesDir) throws IOException {
    List<Scenario> out = new ArrayList<>();
    List<Path> files;
    try (var s = Files.walk(rulesDir)) {
      files = s.filter(p -> p.getParent().getFileName().toString().equals("tests"))
          .filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      Map<String, Object> m = HezuoJson.mapper().readValue(f.toFile(), Map.class);
      Map<String, Object> expect = (Map<String, Object>) m.get("expect");
      // scenarios that override pack parameters cannot go through the service, which always
      // judges with the parameters in force; the rules bundle's unit tests cover them
      if (expect == null || !m.containsKey("case") || m.get("params") != null) {
        continue;
      }
      PolicyCase c = HezuoJson.mapper().convertValue(m.get("case"), PolicyCase.class);
      out.add(new Scenario(rulesDir.relativize(f).toString(), c, (String) expect.get("outcome"),
          (List<String>) expect.getOrDefault("findings", List.of())));
    }
    return out;
  }

  /**
   * Points the document service at a templates directory (Config Admin) and waits for it.
   *
   * @return the template ids it compiled
   */
  static java.util.Set<String> documentTemplates(BundleContext ctx, Path templates) throws Exception {
    ServiceReference<org.osgi.service.cm.ConfigurationAdmin> ref =
        ctx.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
    org.osgi.service.cm.Configuration c = ctx.getService(ref).getConfiguration("org.hezuo.documents", "?");
    c.update(new java.util.Hashtable<>(Map.of("templates.directory", templates.toString())));
    ctx.ungetService(ref);
    // Config Admin delivers the update asynchronously: ask for the service only once it carries the
    // new directory. A ServiceTracker opened earlier may ask while the component still has its
    // default directory, see its activation fail, and not ask again.
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      ServiceReference<org.hezuo.documents.DocumentService> sr =
          ctx.getServiceReference(org.hezuo.documents.DocumentService.class);
      if (sr != null && templates.toString().equals(sr.getProperty("templates.directory"))) {
        org.hezuo.documents.DocumentService s = ctx.getService(sr);
        try {
          if (s != null && !s.templateIds().isEmpty()) {
            return s.templateIds();
          }
        } finally {
          if (s != null) {
            ctx.ungetService(sr);
          }
        }
      }
      Thread.sleep(200);
    }
    return java.util.Set.of();
  }

  /** Runs a Gogo command line and returns what it printed (its value included). */
  static String gogo(BundleContext ctx, String line) throws Exception {
    ServiceReference<CommandProcessor> ref = ctx.getServiceReference(CommandProcessor.class);
    CommandProcessor processor = ctx.getService(ref);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (CommandSession session = processor.createSession(InputStream.nullInputStream(), out, out)) {
      Object value = session.execute(line);
      if (value != null) {
        out.println(session.format(value, 0));
      }
    } finally {
      ctx.ungetService(ref);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
