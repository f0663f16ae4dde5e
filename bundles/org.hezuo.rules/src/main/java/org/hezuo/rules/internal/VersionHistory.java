package org.hezuo.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hezuo.api.admin.ActivationReport;
import org.hezuo.api.admin.ScenarioResult;
import org.hezuo.json.HezuoJson;

/**
 * Keeps the sources of the last activated versions on disk ({@code versions/<version>/}) so that a
 * version can be re-activated after a restart, and the activation log ({@code activations.jsonl},
 * one JSON report per line). With no directory, the log is kept in memory only.
 */
final class VersionHistory {
  private final Path dir;
  private final int keep;
  private final List<ActivationReport> reports = new ArrayList<>();

  VersionHistory(Path dir, int keep) {
    this.dir = dir;
    this.keep = keep;
    if (dir != null) {
      load();
    }
  }

  private void load() {
    Path log = dir.resolve("activations.jsonl");
    if (!Files.exists(log)) {
      return;
    }
    try {
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          var r = HezuoJson.read(line.getBytes(StandardCharsets.UTF_8), ActivationReport.class);
          if (r.ok()) {
            reports.add(r.value());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized void record(ActivationReport report, RuleSet activatedSources) {
    reports.add(report);
    if (dir == null) {
      return;
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("activations.jsonl"),
          new String(HezuoJson.writeCompact(report), StandardCharsets.UTF_8) + "\n",
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      if (report.activated() && activatedSources != null) {
        store(report.version(), activatedSources);
        prune();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void store(String version, RuleSet set) throws IOException {
    Path target = dir.resolve("versions").resolve(version);
    if (Files.isDirectory(target)) {
      Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
      return;
    }
    Path tmp = dir.resolve("versions").resolve("." + version + ".tmp");
    deleteTree(tmp);
    for (RuleFile f : set.files()) {
      Path p = tmp.resolve(f.path());
      Files.createDirectories(p.getParent());
      Files.write(p, f.bytes());
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
  }

  private void prune() throws IOException {
    List<String> vs = versions();
    for (int i = keep; i < vs.size(); i++) {
      deleteTree(dir.resolve("versions").resolve(vs.get(i)));
    }
  }

  /** Stored versions, most recently activated first. */
  synchronized List<String> versions() {
    if (dir == null || !Files.isDirectory(dir.resolve("versions"))) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir.resolve("versions"))) {
      return s.filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing((Path p) -> {
            try {
              return Files.getLastModifiedTime(p);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }).reversed())
          .map(p -> p.getFileName().toString())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored sources of a version, or null when it is not kept. */
  Path sources(String version) {
    if (dir == null || version == null || !version.matches("[0-9a-f]{6,64}")) {
      return null;
    }
    Path p = dir.resolve("versions").resolve(version);
    return Files.isDirectory(p) ? p : null;
  }

  /**
   * Notes that a version passed all its scenarios with a given engine (the bundles that compile,
   * validate and evaluate), so that a restart with the same sources and engine need not run them
   * again. Kept in {@code tested.tsv} next to the activation log.
   */
  synchronized void markTested(String version, String engine) {
    String line = version + "\t" + engine;
    if (dir == null || testedLines().contains(line)) {
      return;
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("tested.tsv"), line + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The newest activation of a version that passed its scenarios with this same engine.
   *
   * @return the report (its scenario results are those of that run), or null
   */
  synchronized ActivationReport testedActivation(String version, String engine) {
    if (dir == null || !testedLines().contains(version + "\t" + engine)) {
      return null;
    }
    for (int i = reports.size() - 1; i >= 0; i--) {
      ActivationReport r = reports.get(i);
      if (r.activated() && version.equals(r.version()) && !r.scenarios().isEmpty()
          && r.scenarios().stream().allMatch(ScenarioResult::passed)) {
        return r;
      }
    }
    return null;
  }

  private Set<String> testedLines() {
    Path f = dir.resolve("tested.tsv");
    if (!Files.exists(f)) {
      return Set.of();
    }
    try {
      return Set.copyOf(Files.readAllLines(f, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Activation reports, newest first. */
  synchronized List<ActivationReport> reports() {
    List<ActivationReport> copy = new ArrayList<>(reports);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }

  static List<List<String>> diff(RuleSet before, RuleSet after) {
    if (before == null) {
      return List.of(List.of(), List.of(), List.of());
    }
    var old = new java.util.HashMap<String, byte[]>();
    before.files().forEach(f -> old.put(f.path(), f.bytes()));
    List<String> added = new ArrayList<>();
    List<String> modified = new ArrayList<>();
    var seen = new LinkedHashSet<String>();
    for (RuleFile f : after.files()) {
      seen.add(f.path());
      byte[] b = old.get(f.path());
      if (b == null) {
        added.add(f.path());
      } else if (!java.util.Arrays.equals(b, f.bytes())) {
        modified.add(f.path());
      }
    }
    List<String> removed = old.keySet().stream().filter(p -> !seen.contains(p)).sorted().toList();
    return List.of(added, removed, modified);
  }
}
