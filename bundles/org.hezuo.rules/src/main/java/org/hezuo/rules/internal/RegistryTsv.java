package org.hezuo.rules.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the tab-separated registries of a rules directory ({@code clauses.tsv},
 * {@code values.tsv}): UTF-8, one entry per line; blank lines, lines starting with {@code #} and a
 * first line that is the header are skipped.
 */
final class RegistryTsv {
  private RegistryTsv() {}

  /**
   * One entry.
   *
   * @param file the file it is in
   * @param line its line number, from 1
   * @param cols its columns
   */
  record Row(RuleFile file, int line, String[] cols) {
    /**
     * A column, trimmed.
     *
     * @param i the column index
     * @return its text, or "" when the row is shorter
     */
    String col(int i) {
      return i < cols.length ? cols[i].trim() : "";
    }
  }

  /**
   * Reads the entries of the files.
   *
   * @param files the registry files
   * @param header the name of the header's first column ({@code id}, {@code name})
   * @return the rows, file by file
   */
  static List<Row> rows(List<RuleFile> files, String header) {
    List<Row> rows = new ArrayList<>();
    for (RuleFile f : files) {
      String[] lines = f.text().split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.isBlank() || line.startsWith("#") || (i == 0 && line.startsWith(header + "\t"))) {
          continue;
        }
        rows.add(new Row(f, i + 1, line.split("\t", -1)));
      }
    }
    return rows;
  }
}
