package org.hezuo.documents.batch.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.hezuo.api.model.CaseType;

/**
 * Streams the rows of a batch one at a time, each as a nested Map (never the whole file in memory).
 */
public interface RowSource extends Closeable {

    /**
     * The next row.
     *
     * @return the row, or null at the end
     * @throws IOException when the file cannot be read
     * @throws RowFormatException when this row cannot be parsed (the source stays usable)
     */
    Map<String, Object> next() throws IOException;

    /**
     * Where the row last read (or refused) stands in the file, as Excel numbers a sheet's rows and
     * a CSV's records: a clerk finds it there, below any title and header rows.
     *
     * @return the number, from 1; 0 when the source has none (JSON)
     */
    default int sheetRow() {
        return 0;
    }

    /**
     * Counts the rows of a file in a streaming pass (cheap next to rendering); a malformed row counts.
     *
     * @param rows the file
     * @param type the rows' case type, when known
     * @return the number of rows, or -1 if the file is unreadable
     */
    static int count(Path rows, CaseType type) {
        int n = 0;
        try (RowSource s = open(rows, type)) {
            while (true) {
                try {
                    if (s.next() == null) {
                        return n;
                    }
                } catch (RowFormatException e) {
                    // counted all the same
                }
                n++;
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Opens a JSON array, a UTF-8 CSV file or the first sheet of an .xlsx workbook, by extension.
     *
     * @param file a .json, .csv or .xlsx file
     * @param type the rows' case type, when known: it settles sheet columns named in Chinese that
     *     several sections share
     * @return the source
     * @throws IOException when the file cannot be opened
     * @throws IllegalArgumentException for any other extension, or a sheet column naming no field or
     *     several
     */
    static RowSource open(Path file, CaseType type) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return new JsonRowSource(file);
        }
        if (name.endsWith(".csv")) {
            return new CsvRowSource(file, type);
        }
        if (name.endsWith(".xlsx")) {
            return new XlsxRowSource(file, type);
        }
        throw new IllegalArgumentException("不支持的数据文件（UNSUPPORTED_ROWS）：" + file
                + "，请用 .json（数组）、.csv（UTF-8）或 .xlsx（第一个工作表）");
    }

    /** A row that cannot be read; the batch reports it and goes on. */
    final class RowFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /**
         * Creates the exception.
         *
         * @param message Chinese message
         */
        public RowFormatException(String message) {
            super(message, null, false, false);
        }
    }
}
