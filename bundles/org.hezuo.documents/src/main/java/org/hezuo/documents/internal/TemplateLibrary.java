package org.hezuo.documents.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hezuo.documents.DocumentProblem;
import org.hezuo.documents.FieldSchema;
import org.hezuo.documents.TemplateException;

/**
 * The templates of one directory, each compiled once against a schema; refused ones are kept as problems
 * so one bad template never hides the others. Immutable.
 */
public final class TemplateLibrary {
    private final Map<String, CompiledTemplate> templates;
    private final List<DocumentProblem> problems;

    private TemplateLibrary(Map<String, CompiledTemplate> templates, List<DocumentProblem> problems) {
        this.templates = Map.copyOf(templates);
        this.problems = List.copyOf(problems);
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
        Map<String, CompiledTemplate> ok = new TreeMap<>();
        List<DocumentProblem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".docx") || name.startsWith("~$") || name.startsWith(".")) {
                    continue;
                }
                String id = name.substring(0, name.length() - 5);
                try {
                    ok.put(id, TemplateCompiler.compile(id, Files.readAllBytes(f), schema));
                } catch (TemplateException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        return new TemplateLibrary(ok, problems);
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
    public java.util.Set<String> ids() {
        return templates.keySet();
    }

    /**
     * Problems of the refused templates.
     *
     * @return the problems
     */
    public List<DocumentProblem> problems() {
        return problems;
    }
}
