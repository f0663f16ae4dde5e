package org.hezuo.documents.batch.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code manifest.csv} of an output directory: row, file, status, reason, hash. Appended to as rows are
 * done (so a crash loses nothing), compacted (last line per row wins) at the end of a run.
 */
final class Manifest implements AutoCloseable {
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
            try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                r.readLine();
                for (String l; (l = r.readLine()) != null;) {
                    Line line = parse(l);
                    if (line != null) {
                        lines.put(line.row, line);
                    }
                }
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

    private static Line parse(String l) {
        // file and reason may be quoted; row, status and hash never contain commas
        int first = l.indexOf(',');
        int last = l.lastIndexOf(',');
        if (first < 0 || last <= first) {
            return null;
        }
        String middle = l.substring(first + 1, last);
        String file;
        String rest;
        if (middle.startsWith("\"")) {
            int end = middle.indexOf("\",", 1);
            file = middle.substring(1, end).replace("\"\"", "\"");
            rest = middle.substring(end + 2);
        } else {
            file = middle.substring(0, middle.indexOf(','));
            rest = middle.substring(middle.indexOf(',') + 1);
        }
        int c = rest.indexOf(',');
        try {
            return new Line(Integer.parseInt(l.substring(0, first)), file, rest.substring(0, c), rest.substring(c + 1),
                    l.substring(last + 1));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String cell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"").replace('\n', ' ') + '"';
    }
}
