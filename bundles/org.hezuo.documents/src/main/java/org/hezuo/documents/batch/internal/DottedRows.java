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
      if (v != null && !v.isEmpty() && !(path.length == 1 && path[0].isEmpty())) {
        // dates such as 2008/5/12 or 2008年5月12日 and yes/no such as 是/否 are read as the JSON
        // reader reads them
        put(row, path, v);
      }
    }
    row.replaceAll((k, v) -> v instanceof Map<?, ?> sub ? lists(sub) : v);
    return row;
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
