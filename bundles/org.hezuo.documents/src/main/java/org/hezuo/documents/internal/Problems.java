package org.hezuo.documents.internal;

import java.util.ArrayList;
import java.util.List;
import org.hezuo.documents.DocumentProblem;

/**
 * Collects the problems of one template (or one rendering), each naming the template.
 */
final class Problems {
    private final String template;
    private List<DocumentProblem> list;

    Problems(String template) {
        this.template = template;
    }

    void add(String code, String message, String where, String path) {
        if (list == null) {
            list = new ArrayList<>();
        }
        list.add(new DocumentProblem(code, message, template, where == null ? "" : where, path == null ? "" : path));
    }

    boolean isEmpty() {
        return list == null;
    }

    List<DocumentProblem> list() {
        return list == null ? List.of() : List.copyOf(list);
    }
}
