package org.hezuo.documents.batch.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows from a CSV (RFC 4180 quoting, optional BOM) in UTF-8 or, when the file is not valid UTF-8, in
 * GB18030 (which covers GBK: what Excel and WPS write on a Chinese Windows when saving as CSV). The
 * header cells are field paths:
 * {@code school.name}, {@code students.0.name}; a row becomes a nested Map, numeric segments lists.
 * Empty cells are absent values.
 */
final class CsvRowSource implements RowSource {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private final BufferedReader in;
    private final List<String[]> header = new ArrayList<>();
    /** Rows read while looking for the header that are data. */
    private final java.util.ArrayDeque<DottedRows.SheetRow> pending;
    private int records;
    private int lastRow;

    CsvRowSource(Path file, org.hezuo.api.model.CaseType type) throws IOException {
        in = Files.newBufferedReader(file, charsetOf(file));
        boolean[] first = {true};
        pending = DottedRows.header(() -> {
            List<String> cells = CsvRecords.next(in);
            if (first[0] && cells != null && !cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                cells.set(0, cells.get(0).substring(1));
            }
            first[0] = false;
            return cells == null ? null : new DottedRows.SheetRow(++records, cells);
        });
        if (pending.isEmpty()) {
            throw new IOException("CSV 文件是空的（ROWS_EMPTY）：" + file);
        }
        header.addAll(DottedRows.header(pending.poll().cells(), type));
    }

    /** UTF-8 when every byte of the file decodes strictly as UTF-8, GB18030 otherwise. */
    static Charset charsetOf(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] chunk = new byte[32 * 1024];
            for (int n; (n = raw.read(chunk)) >= 0;) {
                bytes.put(chunk, 0, n).flip();
                CoderResult r = utf8.decode(bytes, chars, false);
                if (r.isError()) {
                    return GB18030;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            if (utf8.decode(bytes, chars, true).isError() || utf8.flush(chars).isError()) {
                return GB18030;
            }
        }
        return StandardCharsets.UTF_8;
    }

    @Override
    public Map<String, Object> next() throws IOException {
        List<String> cells;
        do {
            if (pending.isEmpty()) {
                cells = CsvRecords.next(in);
                lastRow = ++records;
            } else {
                DottedRows.SheetRow p = pending.poll();
                cells = p.cells();
                lastRow = p.number();
            }
            if (cells == null) {
                return null;
            }
        } while (cells.stream().allMatch(String::isBlank));
        if (cells.size() > header.size()) {
            throw new RowSource.RowFormatException("这一行有 " + cells.size() + " 列，表头只有 " + header.size() + " 列");
        }
        return DottedRows.row(header, cells);
    }

    @Override
    public int sheetRow() {
        return lastRow;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
