package io.github.portkeyadmin.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table with aligned columns: text left, numbers right. */
final class Table {
  private final List<String> headers;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();
  private String indent = "";

  private Table(String... headers) {
    this.headers = List.of(headers);
    this.right = new boolean[headers.length];
  }

  /** A table with these column headers. */
  static Table of(String... headers) {
    return new Table(headers);
  }

  /** Right-aligns the given columns (0-based), for numbers and money. */
  Table right(int... columns) {
    for (int column : columns) {
      right[column] = true;
    }
    return this;
  }

  /** Indents every line, header and rule included, by {@code spaces}. */
  Table indent(int spaces) {
    indent = " ".repeat(spaces);
    return this;
  }

  /** Adds a row; {@code null} cells print as {@code -}. */
  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + headers.size() + " columns");
    }
    rows.add(Arrays.stream(cells).map(c -> c == null ? "-" : c.toString()).toList());
    return this;
  }

  /** Prints the header, a rule and the rows. */
  void print(PrintStream out) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    out.println(line(headers, widths));
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    out.println(line(rule, widths));
    for (List<String> row : rows) {
      out.println(line(row, widths));
    }
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - cell.length());
      boolean last = i == cells.size() - 1;
      line.append(right[i] ? pad + cell : last ? cell : cell + pad);
      if (!last) {
        line.append("  ");
      }
    }
    return line.toString();
  }
}
