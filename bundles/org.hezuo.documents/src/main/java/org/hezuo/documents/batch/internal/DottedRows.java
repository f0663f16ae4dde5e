package org.hezuo.documents.batch.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rows of a sheet (CSV, XLSX) whose header cells are field paths: {@code school.name},
 * {@code students.0.name}, or the fields' Chinese names ({@link HeaderLabels}). A row becomes a nested
 * Map; maps keyed 0, 1, 2… become lists. Empty cells are absent values.
 */
final class DottedRows {
  private DottedRows() {}

  /**
   * The field path of each header cell.
   *
   * @param cells the header cells
   * @param type the rows' case type, when known
   * @return one path per column
   * @throws IllegalArgumentException when a column names no field or several
   */
  static List<String[]> header(List<String> cells, org.hezuo.api.model.CaseType type) {
    return HeaderLabels.resolve(cells, type);
  }

  /**
   * Builds the nested row.
   *
   * @param header the column paths
   * @param cells the cells (null or empty: absent)
   * @return the row
   */
  static Map<String, Object> row(List<String[]> header, List<String> cells) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < cells.size() && i < header.size(); i++) {
      String v = cells.get(i);
      String[] path = header.get(i);
      java.util.regex.Matcher sci = v == null ? null : SCIENTIFIC.matcher(v.strip());
      if (sci != null && sci.matches() && Integer.parseInt(sci.group(1)) >= 11) {
        // a sheet saved as CSV writes a long number as Excel shows it: 5.20522E+17
        throw cutByExcel(i, path, v.strip());
      }
      if (v != null && !v.isEmpty() && !(path.length == 1 && path[0].isEmpty())) {
        // dates such as 2008/5/12 or 2008年5月12日 and yes/no such as 是/否 are read as the JSON
        // reader reads them
        put(row, path, v);
      }
    }
    row.replaceAll((k, v) -> v instanceof Map<?, ?> sub ? lists(sub) : v);
    return row;
  }

  /** How many title rows above the header are passed over. */
  static final int TITLE_ROWS = 3;

  /**
   * A row of a sheet.
   *
   * @param number its number in the sheet, as Excel shows it (from 1)
   * @param cells its cells
   */
  record SheetRow(int number, List<String> cells) {}

  /** Reads the next row; null at the end. */
  interface Rows {
    SheetRow next() throws java.io.IOException;
  }

  /**
   * Finds the header among a sheet's first rows: a roster often has a title above it (2026年岗位实习学生
   * 名单, merged across the columns) and maybe a blank row. Rows with at most one filled cell before
   * the first row with two or more are passed over, up to {@link #TITLE_ROWS}; a sheet of a single
   * column keeps its first row as the header.
   *
   * @param read the sheet's rows
   * @return the header first, then rows already read that are data; empty for an empty sheet
   * @throws java.io.IOException when the sheet cannot be read
   */
  static java.util.ArrayDeque<SheetRow> header(Rows read) throws java.io.IOException {
    java.util.ArrayDeque<SheetRow> rows = new java.util.ArrayDeque<>();
    SheetRow first = read.next();
    if (first == null) {
      return rows;
    }
    rows.add(first);
    while (titleLike(rows.peekLast()) && rows.size() <= TITLE_ROWS) {
      SheetRow more = read.next();
      if (more == null) {
        break;
      }
      rows.add(more);
    }
    if (rows.size() > 1 && !titleLike(rows.peekLast())) {
      SheetRow header = rows.peekLast();
      rows.clear();
      rows.add(header);
    }
    return rows;
  }

  private static boolean titleLike(SheetRow row) {
    return row.cells().stream().filter(c -> c != null && !c.isBlank()).count() <= 1;
  }

  private static final java.util.regex.Pattern SCIENTIFIC =
      java.util.regex.Pattern.compile("[+-]?\\d(?:\\.\\d+)?[Ee]\\+?(\\d+)");

  /**
   * A row refused because Excel had kept a long number (an ID, student or account number) as a
   * number: only 15 significant digits survive, the rest became zeros or an exponent.
   *
   * @param col the column, from 0
   * @param path its field path
   * @param shown the cell as read
   * @return the exception saying so
   */
  static RowSource.RowFormatException cutByExcel(int col, String[] path, String shown) {
    return new RowSource.RowFormatException("第" + columnName(col) + "列（" + String.join(".", path)
        + "）是 Excel 的数字“" + shown + "”：Excel 的数字只保留15位有效数字，身份证号、学号、银行账号等长号码的"
        + "末几位已经丢失。请在 Excel 中把该列设为“文本”格式，重新输入这些号码后再保存");
  }

  /**
   * A column's letters, as Excel names it.
   *
   * @param index the column, from 0
   * @return A for 0, AA for 26
   */
  static String columnName(int index) {
    StringBuilder sb = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      sb.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return sb.toString();
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> row, String[] path, String value) {
    Map<String, Object> m = row;
    for (int i = 0; i < path.length - 1; i++) {
      m = (Map<String, Object>) m.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
    }
    m.put(path[path.length - 1], value);
  }

  /** Maps whose keys are all 0, 1, 2… become lists. */
  @SuppressWarnings("unchecked")
  private static Object lists(Map<?, ?> any) {
    Map<String, Object> m = (Map<String, Object>) any;
    m.replaceAll((k, v) -> v instanceof Map<?, ?> sub ? lists(sub) : v);
    if (m.isEmpty() || !m.keySet().stream().allMatch(k -> !k.isEmpty() && k.chars().allMatch(Character::isDigit))) {
      return m;
    }
    int max = m.keySet().stream().mapToInt(Integer::parseInt).max().orElse(-1);
    List<Object> list = new ArrayList<>();
    for (int i = 0; i <= max; i++) {
      list.add(m.get(Integer.toString(i)));
    }
    list.removeIf(Objects::isNull);
    return list;
  }
}
