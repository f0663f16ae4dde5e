package org.hezuo.documents.batch.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hezuo.api.decision.FieldError;
import org.hezuo.api.model.PolicyCase;
import org.hezuo.documents.DocumentInfo;
import org.hezuo.json.HezuoJson;
import org.hezuo.json.ReadResult;

/**
 * The row → case step of a batch: a row (nested Map from JSON, CSV or XLSX) is merged over the base
 * case (row values win; lists merge by index, so {@code students.0.name} fills in the base's first
 * student, who serves as a pattern: a row naming another person takes the base student's grade,
 * specialty, post … but never the base student's number, ID, birth date, gender, phone or guardian;
 * a list the row gives has the row's length: the base's further items are left out),
 * its {@code doc} block becomes the {@link DocumentInfo}, the rest is read as a
 * {@link PolicyCase} by the same JSON codec as single cases (text cells such as {@code "19"} are read as
 * numbers). Errors are field errors with paths, never exceptions.
 */
final class CaseRows {
    private final Map<String, Object> base;

    /**
     * The step over a base case.
     *
     * @param base the base case (nested Map), or an empty Map
     */
    CaseRows(Map<String, Object> base) {
        this.base = base;
    }

    /**
     * Reads a base case file.
     *
     * @param file a case JSON file, or null for none
     * @return the step
     * @throws IOException when the file is missing or not a JSON object
     */
    @SuppressWarnings("unchecked")
    static CaseRows over(Path file) throws IOException {
        if (file == null) {
            return new CaseRows(Map.of());
        }
        try {
            return new CaseRows(new ObjectMapper().readValue(Files.readAllBytes(file), LinkedHashMap.class));
        } catch (NoSuchFileException e) {
            throw new IOException("基础案件文件不存在（BASE_CASE）：" + file, e);
        } catch (IOException e) {
            throw new IOException("基础案件文件不是 JSON 对象（BASE_CASE）：" + file + "：" + e.getMessage(), e);
        }
    }

    /**
     * The base case's type, which settles sheet columns named in Chinese that several sections share.
     *
     * @return the type, or null when the base names none (or names an unknown one)
     */
    org.hezuo.api.model.CaseType caseType() {
        return base.get("caseType") instanceof String t ? org.hezuo.api.model.CaseType.fromText(t) : null;
    }

    /**
     * A row as a case and its document block.
     *
     * @param policyCase the case, or null when there are errors
     * @param doc the document block (empty when the row has none)
     * @param errors field errors with paths
     */
    record Result(PolicyCase policyCase, DocumentInfo doc, List<FieldError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Merges a row over the base and reads it.
     *
     * @param row the row
     * @return the case, or its errors
     */
    Result read(Map<String, Object> row) {
        Map<String, Object> merged = merge(base, row);
        Object docMap = merged.remove("doc");
        List<FieldError> errors = new ArrayList<>();
        DocumentInfo doc = new DocumentInfo();
        if (docMap != null) {
            ReadResult<DocumentInfo> d = HezuoJson.read(HezuoJson.writeCompact(docMap), DocumentInfo.class);
            if (d.ok()) {
                doc = d.value();
            } else {
                d.errors().forEach(e -> errors.add(new FieldError(prefix("doc", e.path()), e.label(), e.code(),
                        e.message())));
            }
        }
        ReadResult<PolicyCase> c = HezuoJson.read(HezuoJson.writeCompact(merged), PolicyCase.class);
        errors.addAll(c.errors());
        return new Result(errors.isEmpty() ? c.value() : null, doc, errors);
    }

    private static String prefix(String p, String path) {
        return path == null || path.isEmpty() ? p : p + "." + path;
    }

    /**
     * Deep merge: maps key by key, lists index by index, other values replaced by the row's.
     *
     * @param base the base (not changed)
     * @param row the row (not changed)
     * @return a new Map
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        base.forEach((k, v) -> out.put(k, copy(v)));
        row.forEach((k, v) -> out.put(k, mergeValue(out.get(k), v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object mergeValue(Object b, Object r) {
        if (b instanceof Map<?, ?> bm && r instanceof Map<?, ?> rm) {
            return merge((Map<String, Object>) bm, (Map<String, Object>) rm);
        }
        if (b instanceof List<?> bl && r instanceof List<?> rl) {
            // the row's list gives the length: a roster row with one student makes a case of one
            // student, not of that student and the base's other students
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < rl.size(); i++) {
                out.add(i >= bl.size() ? copy(rl.get(i)) : mergeValue(pattern(bl.get(i), rl.get(i)), rl.get(i)));
            }
            return out;
        }
        return copy(r);
    }

    /** What names a person: a row item naming another person than the base item is someone else. */
    private static final java.util.Set<String> WHO = java.util.Set.of("name", "idNumber", "studentNo");
    /** What belongs to a person and is never carried from the base item over to someone else. */
    private static final java.util.Set<String> PERSONAL =
            java.util.Set.of("name", "idNumber", "studentNo", "birthDate", "gender", "phone", "guardian");

    /**
     * The base item a row item is merged over: all of it for the same person, only what is not personal
     * when the row names someone else (the base's student is then a pattern: grade, specialty, post …;
     * another student's number, ID, birth date, phone or guardian never go into this row's case).
     */
    @SuppressWarnings("unchecked")
    private static Object pattern(Object base, Object row) {
        if (!(base instanceof Map<?, ?> b) || !(row instanceof Map<?, ?> r)) {
            return base;
        }
        boolean someoneElse = WHO.stream().anyMatch(k -> r.get(k) != null && b.get(k) != null
                && !String.valueOf(r.get(k)).strip().equals(String.valueOf(b.get(k)).strip()));
        if (!someoneElse) {
            return base;
        }
        Map<String, Object> kept = new LinkedHashMap<>((Map<String, Object>) b);
        kept.keySet().removeAll(PERSONAL);
        return kept;
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object v) {
        if (v instanceof Map<?, ?> m) {
            return merge((Map<String, Object>) m, Map.of());
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(copy(x)));
            return out;
        }
        return v;
    }
}
