package se.kundfokus.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of the report, every value already written for the reader (see {@link Formats}).
 *
 * @param note what the reader should know, e.g. that only the first rows are shown; empty: none
 */
record HtmlTable(String title, List<Header> headers, List<List<HtmlCell>> rows, String note) {
  /** The report shows at most this many rows of a list; the exports have them all. */
  static final int MAX_ROWS = 25;

  HtmlTable {
    Objects.requireNonNull(title, "title must not be null");
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    Objects.requireNonNull(note, "note must not be null");
  }

  /** A column's header; numbers are right-aligned. */
  record Header(String label, boolean numeric) {
    Header {
      Objects.requireNonNull(label, "label must not be null");
    }
  }

  /** One value as the reader sees it. */
  record HtmlCell(String text, boolean numeric) {
    HtmlCell {
      Objects.requireNonNull(text, "text must not be null");
    }
  }

  /** The named columns of a list, its first {@link #MAX_ROWS} rows. */
  static HtmlTable of(ListTable table, Formats formats, Labels labels, List<String> keys) {
    List<Integer> indexes = new ArrayList<>();
    List<Header> headers = new ArrayList<>();
    for (String key : keys) {
      int index = indexOf(table, key);
      indexes.add(index);
      Column column = table.columns().get(index);
      headers.add(new Header(column.label(), column.type() != ColumnType.TEXT));
    }
    List<List<HtmlCell>> rows = new ArrayList<>();
    for (List<Cell> row : table.rows().stream().limit(MAX_ROWS).toList()) {
      List<HtmlCell> cells = new ArrayList<>();
      for (int index : indexes) {
        ColumnType type = table.columns().get(index).type();
        cells.add(new HtmlCell(text(row.get(index), type, formats), type != ColumnType.TEXT));
      }
      rows.add(cells);
    }
    int total = table.rows().size();
    String note =
        total > MAX_ROWS
            ? labels.format("report.table.more", formats.count(MAX_ROWS), formats.count(total))
            : "";
    return new HtmlTable(table.title(), headers, rows, note);
  }

  private static int indexOf(ListTable table, String key) {
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).key().equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException("list " + table.key() + " has no column " + key);
  }

  /** A cell as the reader reads it. */
  static String text(Cell cell, ColumnType type, Formats formats) {
    if (cell instanceof Cell.Text text) {
      return text.value();
    }
    if (cell instanceof Cell.Day day) {
      return formats.date(day.value());
    }
    if (cell instanceof Cell.Numeric number) {
      double v = number.value();
      return switch (type) {
        case MONEY -> formats.money(v);
        case SHARE -> formats.percent(v);
        case SCORE -> formats.score(v);
        case RATIO -> formats.ratio(v);
        case COUNT, TEXT, DATE -> formats.number(v, 0);
      };
    }
    return "";
  }
}
