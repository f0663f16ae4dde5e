package org.hezuo.documents.internal;

import java.util.List;
import java.util.Set;
import org.hezuo.documents.DocumentField;

/**
 * A template compiled once: for each zip entry either its program (document, headers, footers that hold
 * tags) or nothing (copied raw, still compressed). Immutable and thread-safe.
 */
public final class CompiledTemplate {
    private final String name;
    private final byte[] zip;
    private final List<ZipArchive.Entry> entries;
    private final Node[][] programs;
    private final Set<String> fields;
    private final List<DocumentField> documentFields;

    CompiledTemplate(String name, byte[] zip, List<ZipArchive.Entry> entries, Node[][] programs, Set<String> fields,
            List<DocumentField> documentFields) {
        this.name = name;
        this.zip = zip;
        this.entries = List.copyOf(entries);
        this.programs = programs;
        this.fields = Set.copyOf(fields);
        this.documentFields = List.copyOf(documentFields);
    }

    /**
     * The template's name, as used in problems.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Every field, list and condition path the template uses, as written.
     *
     * @return the paths
     */
    public Set<String> fields() {
        return fields;
    }

    /**
     * The document fields ({@code doc.*}) the template uses, in form order, each with whether it is
     * required (written outside every condition and without {@code 缺省}).
     *
     * @return the fields; empty when the template uses none
     */
    public List<DocumentField> documentFields() {
        return documentFields;
    }

    byte[] zip() {
        return zip;
    }

    List<ZipArchive.Entry> entries() {
        return entries;
    }

    /** The program of entry i, or null when the entry is copied raw. */
    Node[] program(int i) {
        return programs[i];
    }

    int templatedParts() {
        int n = 0;
        for (Node[] p : programs) {
            n += p == null ? 0 : 1;
        }
        return n;
    }
}
