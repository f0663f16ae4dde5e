package org.hezuo.documents.batch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowSourceTest {

    /** Writes a minimal workbook as Excel does: shared strings, a date style, the sheet named in workbook.xml. */
    static Path workbook(Path file, String sheetRows) throws IOException {
        return workbook(file, sheetRows, "");
    }

    /** The same, with what a sheet holds after its rows (merged cells). */
    static Path workbook(Path file, String sheetRows, String afterRows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"学生\" sheetId=\"1\" r:id=\"rId3\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                    + " Target=\"worksheets/名单.xml\"/></Relationships>");
            put(zip, "xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<si><t>caseId</t></si><si><t>students.0.name</t></si><si><t>students.0.birthDate</t></si>"
                    + "<si><t>placement.monthlyPay</t></si><si><r><t>张</t></r><r><t>三</t></r><rPh><t>ZHANG</t></rPh></si>"
                    + "<si><t xml:space=\"preserve\">HZ-1 </t></si><si><t>doc.date</t></si></sst>");
            put(zip, "xl/styles.xml", "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
                    + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"176\"/></cellXfs></styleSheet>");
            put(zip, "xl/worksheets/名单.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
                    + "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>6</v></c></row>"
                    + sheetRows + "</sheetData>" + afterRows + "</worksheet>");
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void cellsMergedDownAColumnGiveEveryRowTheirValue(@TempDir Path dir) throws Exception {
        // the case id written once for three students, merged A2:A4; B2:C2 merged across is left alone
        Path f = workbook(dir.resolve("rows.xlsx"),
                "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\" t=\"s\"><v>4</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\"/><c r=\"B3\" t=\"inlineStr\"><is><t>李四</t></is></c></row>"
                        + "<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>王五</t></is></c></row>"
                        + "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>赵六</t></is></c></row>",
                "<mergeCells count=\"2\"><mergeCell ref=\"A2:A4\"/><mergeCell ref=\"B2:C2\"/></mergeCells>");
        try (RowSource rows = RowSource.open(f, null)) {
            assertEquals("HZ-1 ", rows.next().get("caseId"));
            assertEquals("HZ-1 ", rows.next().get("caseId"));
            Map<String, Object> third = rows.next();
            assertEquals("HZ-1 ", third.get("caseId"));
            assertEquals(List.of(Map.of("name", "王五")), third.get("students"));
            assertNull(rows.next().get("caseId"), "below the merge");
            assertNull(rows.next());
        }
    }

    @Test
    void aLongNumberExcelHasCutTo15DigitsStopsItsRowSayingWhatHappened(@TempDir Path dir) throws Exception {
        // an ID number typed into a number cell: Excel stores 5.2052220101015E+17
        Path f = workbook(dir.resolve("rows.xlsx"),
                "<row r=\"2\"><c r=\"A2\"><v>5.2052220101015E+17</v></c><c r=\"B2\" t=\"s\"><v>4</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\"><v>123456789012345</v></c><c r=\"B3\" t=\"s\"><v>4</v></c></row>");
        try (RowSource rows = RowSource.open(f, null)) {
            RowSource.RowFormatException e = assertThrows(RowSource.RowFormatException.class, rows::next);
            assertTrue(e.getMessage().startsWith("第A列（caseId）是 Excel 的数字“520522201010150000”："
                    + "Excel 的数字只保留15位有效数字"), e.getMessage());
            // the next row reads; 15 digits are still whole
            assertEquals(2, rows.sheetRow(), "the refused row's place in the sheet");
            assertEquals("123456789012345", rows.next().get("caseId"));
            assertEquals(3, rows.sheetRow());
        }
        assertEquals("AB", DottedRows.columnName(27));
    }

    @Test
    void readsSharedInlineNumbersAndDatesAsText(@TempDir Path dir) throws Exception {
        Path f = workbook(dir.resolve("rows.xlsx"),
                "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\" t=\"s\"><v>4</v></c>"
                        + "<c r=\"C2\" s=\"1\"><v>38353</v></c><c r=\"D2\"><v>2400.50</v></c><c r=\"E2\" s=\"2\"><v>46082</v></c></row>"
                        + "<row r=\"3\"/>" // empty row: skipped
                        + "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>李四</t></is></c><c r=\"D5\"><v>3000</v></c>"
                        + "<c r=\"E5\" t=\"str\"><f>TODAY()</f><v>2026-03-01</v></c></row>");
        try (RowSource rows = RowSource.open(f, null)) {
            Map<String, Object> r1 = rows.next();
            assertEquals("HZ-1 ", r1.get("caseId"));
            assertEquals(List.of(Map.of("name", "张三", "birthDate", "2005-01-01")), r1.get("students"));
            assertEquals(Map.of("monthlyPay", "2400.5"), r1.get("placement"));
            assertEquals(Map.of("date", "2026-03-01"), r1.get("doc"));
            Map<String, Object> r2 = rows.next();
            assertEquals(List.of(Map.of("name", "李四")), r2.get("students"));
            assertEquals(Map.of("monthlyPay", "3000"), r2.get("placement"));
            assertEquals(Map.of("date", "2026-03-01"), r2.get("doc"));
            assertNull(r2.get("caseId"));
            assertNull(rows.next());
        }
    }

    @Test
    void aCellBeyondTheHeaderIsABadRowNotTheEnd(@TempDir Path dir) throws Exception {
        Path f = workbook(dir.resolve("rows.xlsx"),
                "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"H2\"><v>1</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>HZ-3</t></is></c></row>");
        try (RowSource rows = RowSource.open(f, null)) {
            assertThrows(RowSource.RowFormatException.class, rows::next);
            assertEquals("HZ-3", rows.next().get("caseId"));
            assertNull(rows.next());
        }
    }

    @Test
    void notAWorkbookIsAnIoError(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("x.xlsx"), "not a zip");
        IOException e = assertThrows(IOException.class, () -> RowSource.open(f, null));
        assertTrue(e.getMessage() != null);
    }

    @Test
    void helpers() {
        assertEquals(0, XlsxRowSource.column("A7", 5));
        assertEquals(27, XlsxRowSource.column("AB12", 0));
        assertEquals("19", XlsxRowSource.number("19.0"));
        assertEquals("1000000", XlsxRowSource.number("1E6"));
        assertEquals("2026-03-01T12:00", XlsxRowSource.date("46082.5"));
        assertTrue(XlsxRowSource.isDateFormat("yyyy\"年\"m\"月\""));
        assertTrue(!XlsxRowSource.isDateFormat("0.00\"day\""));
        assertTrue(!XlsxRowSource.isDateFormat("[Red]0.00"));
    }
}
