package org.hezuo.documents.batch.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads CSV records (RFC 4180: quoted cells, doubled quotes, quoted cells across lines). */
final class CsvRecords {
    private CsvRecords() {}

    /**
     * The next record.
     *
     * @param in the reader
     * @return its cells, or null at the end
     * @throws RowSource.RowFormatException when a quoted cell is not closed before the end
     */
    static List<String> next(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0;; i++) {
            if (i == line.length()) {
                if (!quoted) {
                    break;
                }
                String more = in.readLine();
                if (more == null) {
                    throw new RowSource.RowFormatException("引号没有闭合");
                }
                cell.append('\n');
                line = more;
                i = -1;
                continue;
            }
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
