package org.hezuo.shell.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal, aligned by display width: CJK characters and full-width forms
 * take two columns, so Chinese headers and values line up in a monospaced terminal.
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;
  private boolean header = true;

  /**
   * Creates a table with its header.
   *
   * @param header the column titles
   */
  TextTable(String... header) {
    columns = header.length;
    rows.add(header);
  }

  /**
   * Adds a row; missing cells are blank, null is a dash.
   *
   * @param cells the cells
   * @return this table
   */
  TextTable row(Object... cells) {
    String[] r = new String[columns];
    for (int i = 0; i < columns; i++) {
      Object c = i < cells.length ? cells[i] : "";
      r[i] = c == null ? "—" : c.toString();
    }
    rows.add(r);
    return this;
  }

  /**
   * Renders the table, indented, one line per row, the last column not padded.
   *
   * @param indent the indentation
   * @return the lines, each ending with a line break
   */
  String render(String indent) {
    // a cell with line breaks continues on the following lines, in its own column
    List<String[]> lines = new ArrayList<>();
    for (int k = header ? 0 : 1; k < rows.size(); k++) {
      String[][] split = new String[columns][];
      int height = 1;
      for (int i = 0; i < columns; i++) {
        split[i] = rows.get(k)[i].strip().split("\\R");
        height = Math.max(height, split[i].length);
      }
      for (int h = 0; h < height; h++) {
        String[] line = new String[columns];
        for (int i = 0; i < columns; i++) {
          line[i] = h < split[i].length ? split[i][h].strip() : "";
        }
        lines.add(line);
      }
    }
    int[] w = new int[columns];
    for (String[] r : lines) {
      for (int i = 0; i < columns; i++) {
        w[i] = Math.max(w[i], width(r[i]));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] r : lines) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        line.append(r[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(w[i] - width(r[i]) + 2));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /**
   * Leaves the header out (key–value lists).
   *
   * @return this table
   */
  TextTable withoutHeader() {
    header = false;
    return this;
  }

  /**
   * The display width of a string in a terminal.
   *
   * @param s the string
   * @return columns taken
   */
  static int width(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      n += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return n;
  }

  /**
   * Pads a string with spaces to a display width.
   *
   * @param s the string
   * @param width the width
   * @return the padded string
   */
  static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - width(s)));
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
