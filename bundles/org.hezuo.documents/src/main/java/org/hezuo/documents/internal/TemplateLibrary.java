package org.hezuo.documents.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hezuo.documents.DocumentProblem;
import org.hezuo.documents.FieldSchema;
import org.hezuo.documents.TemplateException;

/**
 * The templates of one directory, each compiled once against a schema; refused ones are kept as problems
 * so one bad template never hides the others. Immutable: {@link #refresh} gives the library of the
 * directory as it is now, recompiling only the files that changed, and keeping a template's last good
 * version in force when a new save of it is refused.
 */
public final class TemplateLibrary {
    /** A file as last seen: its stamp, and the template compiled from it (or from an earlier save). */
    private record Seen(FileTime modified, long size, CompiledTemplate template, List<DocumentProblem> problems) {}

    private final Map<String, Seen> seen;
    private final Map<String, CompiledTemplate> templates;
    private final List<DocumentProblem> problems;

    private TemplateLibrary(Map<String, Seen> seen) {
        this.seen = Map.copyOf(seen);
        Map<String, CompiledTemplate> ok = new TreeMap<>();
        List<DocumentProblem> all = new ArrayList<>();
        new TreeMap<>(seen).forEach((id, s) -> {
            if (s.template() != null) {
                ok.put(id, s.template());
            }
            all.addAll(s.problems());
        });
        this.templates = Map.copyOf(ok);
        this.problems = List.copyOf(all);
    }

    /**
     * Loads and compiles every {@code *.docx} of a directory (Word's {@code ~$} lock files skipped).
     *
     * @param dir the directory
     * @param schema the data root's schema
     * @return the library
     * @throws IOException when the directory cannot be read
     */
    public static TemplateLibrary load(Path dir, FieldSchema schema) throws IOException {
        return new TemplateLibrary(Map.of()).refresh(dir, schema);
    }

    /**
     * The library of the directory as it is now: new and changed files are compiled, removed ones
     * dropped, unchanged ones kept as they are. A changed file that is refused leaves its previous
     * version in force and is reported among the {@link #problems}.
     *
     * @param dir the directory
     * @param schema the data root's schema
     * @return this library when nothing changed, else a new one
     * @throws IOException when the directory cannot be read
     */
    public TemplateLibrary refresh(Path dir, FieldSchema schema) throws IOException {
        Map<String, Seen> now = new TreeMap<>();
        boolean changed = false;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".docx") || name.startsWith("~$") || name.startsWith(".")) {
                    continue;
                }
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(f, BasicFileAttributes.class);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (!a.isRegularFile()) {
                    continue;
                }
                String id = name.substring(0, name.length() - 5);
                Seen before = seen.get(id);
                if (before != null && before.modified().equals(a.lastModifiedTime()) && before.size() == a.size()) {
                    now.put(id, before);
                    continue;
                }
                changed = true;
                now.put(id, compile(id, f, a, before, schema));
            }
        }
        return changed || !now.keySet().equals(seen.keySet()) ? new TemplateLibrary(now) : this;
    }

    private static Seen compile(String id, Path f, BasicFileAttributes a, Seen before, FieldSchema schema) {
        CompiledTemplate previous = before == null ? null : before.template();
        List<DocumentProblem> problems;
        try {
            return new Seen(a.lastModifiedTime(), a.size(), TemplateCompiler.compile(id, Files.readAllBytes(f), schema),
                    List.of());
        } catch (TemplateException e) {
            problems = e.problems();
        } catch (IOException e) {
            problems = List.of(new DocumentProblem("TEMPLATE_UNREADABLE", "无法读取模板文件：" + e.getMessage(), id, "", ""));
        }
        if (previous == null) {
            return new Seen(a.lastModifiedTime(), a.size(), null, problems);
        }
        // the last good version stays in force; each problem says so
        List<DocumentProblem> kept = problems.stream().map(p -> new DocumentProblem(p.code(),
                p.message() + "（新保存的版本未启用，仍使用上一版本）", p.template(), p.where(), p.path())).toList();
        return new Seen(a.lastModifiedTime(), a.size(), previous, kept);
    }

    /**
     * A compiled template.
     *
     * @param id the template id
     * @return the template, or null
     */
    public CompiledTemplate get(String id) {
        return templates.get(id);
    }

    /**
     * The loaded template ids.
     *
     * @return the ids
     */
    public Set<String> ids() {
        return templates.keySet();
    }

    /**
     * Problems of the refused templates, and of refused new saves of templates whose previous
     * version is still in force.
     *
     * @return the problems
     */
    public List<DocumentProblem> problems() {
        return problems;
    }

    /**
     * The problems of one template.
     *
     * @param id the template id
     * @return its problems, empty when it compiled or is unknown
     */
    public List<DocumentProblem> problems(String id) {
        Seen s = seen.get(id);
        return s == null ? List.of() : s.problems();
    }
}
