package org.hezuo.documents.batch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowSourceTest {
    static final String ROWS = "caseId,school.name,students.0.name\n"
            + "C-1,黔西县中等职业学校,张三\n"
            + "C-2,\"黔西县职校, 分校\",李四（插班）\n";

    private static List<Map<String, Object>> read(Path file) throws Exception {
        try (CsvRowSource src = new CsvRowSource(file, null)) {
            Map<String, Object> first = src.next();
            Map<String, Object> second = src.next();
            assertNull(src.next());
            return List.of(first, second);
        }
    }

    @Test
    void aCsvSavedByExcelOnChineseWindowsReadsLikeTheUtf8One(@TempDir Path dir) throws Exception {
        Path utf8 = Files.write(dir.resolve("utf8.csv"), ROWS.getBytes(StandardCharsets.UTF_8));
        Path gbk = Files.write(dir.resolve("gbk.csv"), ROWS.getBytes(Charset.forName("GBK")));
        Path bom = Files.write(dir.resolve("bom.csv"), ("\uFEFF" + ROWS).getBytes(StandardCharsets.UTF_8));
        List<Map<String, Object>> expected = read(utf8);
        assertEquals("黔西县职校, 分校", ((Map<?, ?>) expected.get(1).get("school")).get("name"));
        assertEquals(expected, read(gbk));
        assertEquals(expected, read(bom));
        assertEquals(StandardCharsets.UTF_8, CsvRowSource.charsetOf(utf8));
        assertEquals(Charset.forName("GB18030"), CsvRowSource.charsetOf(gbk));
    }

    @Test
    void anIdNumberExcelWroteAsAnExponentStopsItsRowOnly(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("rows.csv"), ("caseId,students.0.idNumber,students.0.name\n"
                + "C-1,5.20522E+17,张三\n"
                + "C-2,520522201010150319,李四\n").getBytes(StandardCharsets.UTF_8));
        try (CsvRowSource src = new CsvRowSource(f, null)) {
            RowSource.RowFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
                    RowSource.RowFormatException.class, src::next);
            assertEquals("第B列（students.0.idNumber）是 Excel 的数字“5.20522E+17”：Excel 的数字只保留15位有效数字，"
                    + "身份证号、学号、银行账号等长号码的末几位已经丢失。请在 Excel 中把该列设为“文本”格式，重新输入这些号码后再保存",
                    e.getMessage());
            Map<String, Object> next = src.next();
            assertEquals("C-2", next.get("caseId"));
        }
    }

    @Test
    void aTitleAndABlankRowAboveTheHeaderArePassedOver(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("rows.csv"), ("2026年岗位实习学生名单,,\n,,\n" + ROWS + ",,\n").getBytes(Charset.forName("GBK")));
        assertEquals(read(Files.write(dir.resolve("plain.csv"), ROWS.getBytes(StandardCharsets.UTF_8))), read(f));
        // each row says where it stands, as the clerk sees the file: title, blank, header, then rows 4 and 5
        try (CsvRowSource src = new CsvRowSource(f, null)) {
            src.next();
            assertEquals(4, src.sheetRow());
            src.next();
            assertEquals(5, src.sheetRow());
        }
    }

    @Test
    void aSheetOfOneColumnKeepsItsFirstRowAsTheHeader(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("names.csv"), "students.0.name\n张三\n李四\n".getBytes(StandardCharsets.UTF_8));
        List<Map<String, Object>> rows = read(f);
        assertEquals(List.of(Map.of("name", "张三")), rows.get(0).get("students"));
        assertEquals(List.of(Map.of("name", "李四")), rows.get(1).get("students"));
    }
}
