package org.hezuo.documents.batch.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.hezuo.documents.CaseBatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code manifest.csv} of an output directory: row, file, status, reason, hash. Appended to as rows are
 * done (so a crash loses nothing), compacted (last line per row wins) at the end of a run.
 */
public final class Manifest implements AutoCloseable {
    static final String HEADER = "row,file,status,reason,hash";

    /** One manifest line. */
    record Line(int row, String file, String status, String reason, String hash) {
        String csv() {
            return row + "," + cell(file) + "," + status + "," + cell(reason) + "," + hash;
        }
    }

    private final Path path;
    private final Map<Integer, Line> lines = new TreeMap<>();
    private final BufferedWriter out;

    Manifest(Path dir) throws IOException {
        path = dir.resolve("manifest.csv");
        if (Files.exists(path)) {
            for (Line line : read(path)) {
                lines.put(line.row, line);
            }
        } else {
            Files.writeString(path, HEADER + "\n", StandardCharsets.UTF_8);
        }
        out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** The line of a row from an earlier run, or null. */
    Line previous(int row) {
        return lines.get(row);
    }

    void record(Line line) throws IOException {
        lines.put(line.row, line);
        out.write(line.csv());
        out.write('\n');
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
        Path tmp = path.resolveSibling(".manifest.csv.tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (Line l : lines.values()) {
                w.write(l.csv());
                w.write('\n');
            }
        }
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The lines of a manifest file, in file order (after a run, one per row). A line cut short by a
     * crash, or any line that is not a manifest line, is left out.
     */
    static List<Line> read(Path manifest) throws IOException {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            r.readLine();
            for (List<String> c; (c = CsvRecords.next(r)) != null;) {
                if (c.size() == 5 && c.get(0).matches("\\d{1,9}")) {
                    out.add(new Line(Integer.parseInt(c.get(0)), c.get(1), c.get(2), c.get(3), c.get(4)));
                }
            }
        } catch (RowSource.RowFormatException e) {
            // the last line was cut short while being written: the lines before it stand
        }
        return out;
    }

    /**
     * The rows of a manifest file for readers outside the batch: row, file, status and reason.
     *
     * @param manifest the manifest file
     * @return its rows in file order
     * @throws IOException when it cannot be read
     */
    public static List<CaseBatchService.ManifestRow> rows(Path manifest) throws IOException {
        return read(manifest).stream()
                .map(l -> new CaseBatchService.ManifestRow(l.row(), l.file(), l.status(), l.reason())).toList();
    }

    /**
     * A row's reason with where the row stands in the file, for the clerk who goes to mend it.
     *
     * @param sheetRow the row's number in the sheet, or 0 when there is none
     * @param reason the reason
     * @return e.g. {@code 表中第5行：输入有误 …}
     */
    static String at(int sheetRow, String reason) {
        return sheetRow > 0 ? "表中第" + sheetRow + "行：" + reason : reason;
    }

    private static String cell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"").replace('\n', ' ') + '"';
    }
}
