package org.hezuo.documents.batch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Rows from the first sheet of an .xlsx workbook, read with StAX straight from the zip (no POI): the
 * shared strings are loaded once, the sheet is streamed row by row. The first row holds the field paths
 * (as in {@link CsvRowSource}). Every value comes out as text: strings as written, numbers in plain
 * notation without a trailing {@code .0}, booleans {@code true}/{@code false}, and cells formatted as
 * dates as ISO dates ({@code 2026-03-01}, or date-time when there is a time of day).
 */
final class XlsxRowSource implements RowSource {
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final ZipFile zip;
    private final InputStream sheetIn;
    private final XMLStreamReader sheet;
    private final List<String> shared;
    private final BitSet dateStyles;
    private final List<String[]> header;
    /**
     * Cells merged down a column ({@code A3:A7}: row 3 to 7 of column A), as rosters merge the
     * class or the post its students share: row, last row and column (rows from 1, columns from 0).
     * The rows below the first take the first one's value.
     */
    private final List<int[]> merges;
    private final Map<Integer, String> mergedValues = new java.util.HashMap<>();
    private int rowNumber;
    /** Rows read while looking for the header that are data. */
    private final java.util.ArrayDeque<DottedRows.SheetRow> pending;
    private int lastRow;
    /** Columns of the row being read whose number Excel had cut to 15 significant digits. */
    private final List<Integer> rounded = new ArrayList<>();
    private boolean lastRounded;

    XlsxRowSource(Path file, org.hezuo.api.model.CaseType type) throws IOException {
        zip = new ZipFile(file.toFile());
        try {
            shared = sharedStrings();
            dateStyles = dateStyles();
            ZipEntry e = zip.getEntry(firstSheet());
            if (e == null) {
                throw new IOException("XLSX 文件中没有工作表（ROWS_XLSX）：" + file);
            }
            merges = merges(e);
            sheetIn = zip.getInputStream(e);
            sheet = XML.createXMLStreamReader(sheetIn);
            pending = DottedRows.header(() -> {
                try {
                    List<String> cells = nextRow();
                    return cells == null ? null : new DottedRows.SheetRow(rowNumber, cells);
                } catch (XMLStreamException x) {
                    throw new IOException("XLSX 工作表无法读取（ROWS_XLSX）：" + x.getMessage(), x);
                }
            });
            if (pending.isEmpty()) {
                throw new IOException("XLSX 工作表是空的（ROWS_EMPTY）：" + file);
            }
            header = DottedRows.header(pending.poll().cells(), type);
        } catch (XMLStreamException e) {
            zip.close();
            throw new IOException("XLSX 文件无法读取（ROWS_XLSX）：" + file + "：" + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public Map<String, Object> next() throws IOException {
        try {
            List<String> cells;
            do {
                if (pending.isEmpty()) {
                    cells = nextRow();
                    lastRow = rowNumber;
                } else {
                    DottedRows.SheetRow p = pending.poll();
                    cells = p.cells();
                    lastRow = p.number();
                }
                if (cells == null) {
                    return null;
                }
            } while (cells.stream().allMatch(c -> c == null || c.isBlank()));
            if (!rounded.isEmpty() && rounded.get(0) < header.size()) {
                int col = rounded.get(0);
                throw DottedRows.cutByExcel(col, header.get(col), cells.get(col));
            }
            if (cells.size() > header.size() && cells.subList(header.size(), cells.size()).stream()
                    .anyMatch(c -> c != null && !c.isBlank())) {
                throw new RowSource.RowFormatException("这一行有 " + cells.size() + " 列，表头只有 " + header.size() + " 列");
            }
            return DottedRows.row(header, cells);
        } catch (XMLStreamException e) {
            throw new IOException("XLSX 工作表无法读取（ROWS_XLSX）：" + e.getMessage(), e);
        }
    }

    @Override
    public int sheetRow() {
        return lastRow;
    }

    /** The cells of the next {@code <row>}, placed by their column reference; null at the end. */
    private List<String> nextRow() throws XMLStreamException {
        while (sheet.hasNext()) {
            if (sheet.next() == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
                String r = sheet.getAttributeValue(null, "r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r.strip());
                return merged(row());
            }
        }
        return null;
    }

    private List<String> row() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        rounded.clear();
        int depth = 1;
        while (depth > 0) {
            int ev = sheet.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                if (sheet.getLocalName().equals("c")) {
                    int col = column(sheet.getAttributeValue(null, "r"), cells.size());
                    String value = cell();
                    if (lastRounded) {
                        rounded.add(col);
                    }
                    while (cells.size() <= col) {
                        cells.add(null);
                    }
                    cells.set(col, value);
                } else {
                    depth++;
                }
            }
        }
        return cells;
    }

    /** Reads one {@code <c>} up to its end tag. */
    private String cell() throws XMLStreamException {
        String type = sheet.getAttributeValue(null, "t");
        String style = sheet.getAttributeValue(null, "s");
        lastRounded = false;
        String v = null;
        StringBuilder inline = null;
        int depth = 1;
        while (depth > 0) {
            int ev = sheet.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = sheet.getLocalName();
                if (name.equals("v")) {
                    v = sheet.getElementText();
                    depth--;
                } else if (name.equals("t")) {
                    if (inline == null) {
                        inline = new StringBuilder();
                    }
                    inline.append(sheet.getElementText());
                    depth--;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (type == null || type.equals("n")) {
            if (v == null || v.isEmpty()) {
                return null;
            }
            int s = style == null ? 0 : Integer.parseInt(style);
            if (dateStyles.get(s)) {
                return date(v);
            }
            lastRounded = beyondExcelPrecision(v);
            return number(v);
        }
        return switch (type) {
            case "s" -> v == null ? null : shared.get(Integer.parseInt(v.strip()));
            case "inlineStr" -> inline == null ? null : inline.toString();
            case "b" -> "1".equals(v) ? "true" : "false";
            case "e" -> null;
            default -> v; // str (formula result), d (ISO date)
        };
    }

    /**
     * Whether a number cell holds an integer of 16 digits or more: Excel keeps 15 significant
     * digits, so such a number (an ID or account number typed into a number cell) has lost its
     * last digits.
     */
    static boolean beyondExcelPrecision(String v) {
        try {
            BigDecimal d = new BigDecimal(v.strip());
            return d.abs().compareTo(BigDecimal.TEN.pow(15)) >= 0
                    && d.stripTrailingZeros().scale() <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String number(String v) {
        try {
            BigDecimal d = new BigDecimal(v.strip()).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    /** An Excel serial date (1900 system) as an ISO date, or date-time when it has a time of day. */
    static String date(String v) {
        double serial;
        try {
            serial = Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            return v;
        }
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        LocalDateTime t = LocalDate.of(1899, 12, 30).plusDays(days).atStartOfDay().plusSeconds(seconds);
        return seconds == 0 ? t.toLocalDate().toString() : t.toString();
    }

    /** "C12" → 2; a cell without a reference follows the previous one. */
    static int column(String ref, int next) {
        if (ref == null) {
            return next;
        }
        int col = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return col - 1;
    }

    /** Fills the cells of a row that lie under the first cell of a merge with its value. */
    private List<String> merged(List<String> cells) {
        for (int i = 0; i < merges.size(); i++) {
            int[] m = merges.get(i);
            if (rowNumber == m[0]) {
                mergedValues.put(i, m[2] < cells.size() ? cells.get(m[2]) : null);
            } else if (rowNumber > m[0] && rowNumber <= m[1] && mergedValues.get(i) != null) {
                while (cells.size() <= m[2]) {
                    cells.add(null);
                }
                if (cells.get(m[2]) == null || cells.get(m[2]).isEmpty()) {
                    cells.set(m[2], mergedValues.get(i));
                }
            }
        }
        return cells;
    }

    /** The merges down one column ({@code <mergeCell ref="A3:A7"/>}) of a sheet. */
    private List<int[]> merges(ZipEntry e) throws IOException, XMLStreamException {
        List<int[]> found = new ArrayList<>();
        try (InputStream in = zip.getInputStream(e)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("mergeCell")) {
                    String ref = r.getAttributeValue(null, "ref");
                    String[] ends = ref == null ? new String[0] : ref.strip().split(":");
                    if (ends.length == 2) {
                        int c1 = column(ends[0], -1);
                        int c2 = column(ends[1], -1);
                        int r1 = rowOf(ends[0]);
                        int r2 = rowOf(ends[1]);
                        if (c1 >= 0 && c1 == c2 && r1 > 0 && r2 > r1) {
                            found.add(new int[] {r1, r2, c1});
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** The row number of a cell reference: 7 for {@code A7}, 0 when it has none. */
    static int rowOf(String ref) {
        String digits = ref.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private List<String> sharedStrings() throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        ZipEntry e = zip.getEntry("xl/sharedStrings.xml");
        if (e == null) {
            return strings;
        }
        try (InputStream in = zip.getInputStream(e)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            StringBuilder si = null;
            boolean phonetic = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> si = new StringBuilder();
                        case "rPh" -> phonetic = true; // ruby text is not part of the value
                        case "t" -> {
                            String text = r.getElementText();
                            if (si != null && !phonetic) {
                                si.append(text);
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("si")) {
                        strings.add(si == null ? "" : si.toString());
                        si = null;
                    } else if (r.getLocalName().equals("rPh")) {
                        phonetic = false;
                    }
                }
            }
            r.close();
        }
        return strings;
    }

    /** Cell styles (indexes into cellXfs) whose number format is a date. */
    private BitSet dateStyles() throws IOException, XMLStreamException {
        BitSet dates = new BitSet();
        ZipEntry e = zip.getEntry("xl/styles.xml");
        if (e == null) {
            return dates;
        }
        BitSet customDates = new BitSet();
        try (InputStream in = zip.getInputStream(e)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            boolean inXfs = false;
            int xf = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("numFmt")) {
                        String id = r.getAttributeValue(null, "numFmtId");
                        String code = r.getAttributeValue(null, "formatCode");
                        if (id != null && code != null && isDateFormat(code)) {
                            customDates.set(Integer.parseInt(id));
                        }
                    } else if (name.equals("cellXfs")) {
                        inXfs = true;
                    } else if (name.equals("xf") && inXfs) {
                        String id = r.getAttributeValue(null, "numFmtId");
                        int fmt = id == null ? 0 : Integer.parseInt(id);
                        if ((fmt >= 14 && fmt <= 22) || (fmt >= 45 && fmt <= 47) || (fmt >= 27 && fmt <= 36)
                                || (fmt >= 50 && fmt <= 58) || customDates.get(fmt)) {
                            dates.set(xf);
                        }
                        xf++;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                    inXfs = false;
                }
            }
            r.close();
        }
        return dates;
    }

    /** A format code with y, m, d (or 年月日) outside quotes and brackets is a date. */
    static boolean isDateFormat(String code) {
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '[') {
                bracket = true;
            } else if (c == ']') {
                bracket = false;
            } else if (c == '\\') {
                i++;
            } else if (!quoted && !bracket && "yYdD".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The part of the first sheet: workbook.xml's first {@code <sheet>} through its relationship. */
    private String firstSheet() throws IOException, XMLStreamException {
        String rid = null;
        ZipEntry wb = zip.getEntry("xl/workbook.xml");
        if (wb != null) {
            try (InputStream in = zip.getInputStream(wb)) {
                XMLStreamReader r = XML.createXMLStreamReader(in);
                while (r.hasNext() && rid == null) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                        rid = r.getAttributeValue(REL_NS, "id");
                    }
                }
                r.close();
            }
        }
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (rid != null && rels != null) {
            try (InputStream in = zip.getInputStream(rels)) {
                XMLStreamReader r = XML.createXMLStreamReader(in);
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")
                            && rid.equals(r.getAttributeValue(null, "Id"))) {
                        String target = r.getAttributeValue(null, "Target");
                        r.close();
                        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    }
                }
                r.close();
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
        } catch (XMLStreamException e) {
            // closing anyway
        }
        sheetIn.close();
        zip.close();
    }
}
