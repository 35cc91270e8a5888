package se.kundfokus.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A list of the dashboard as the page shows it and its CSV export writes it: titled columns and
 * rows of cells, each with its text and, for numbers, its value (for sorting and for the export).
 *
 * @param key the list's name in {@code /exports/KEY.csv}
 * @param total how many rows the whole list has; {@code rows} may hold only the first
 */
public record ListTable(
    String key, String title, List<Column> columns, List<Row> rows, long total) {
  public ListTable {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(title, "title must not be null");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** The first {@code limit} rows of the list. */
  ListTable first(int limit) {
    return rows.size() <= limit
        ? this
        : new ListTable(key, title, columns, rows.subList(0, limit), total);
  }

  /** A column: its title and whether its cells are numbers. */
  public record Column(String title, boolean numeric) {
    public Column {
      Objects.requireNonNull(title, "title must not be null");
    }
  }

  /**
   * A row: its cells and the customer it is about (for a link), if it is about one.
   *
   * @param customerId the customer's id, when the row is about a customer
   */
  public record Row(Optional<String> customerId, List<Cell> cells) {
    public Row {
      Objects.requireNonNull(customerId, "customerId must not be null");
      cells = List.copyOf(cells);
    }
  }

  /** A cell: the text shown and, for a number, the number. */
  public record Cell(String text, Optional<Double> number) {
    public Cell {
      Objects.requireNonNull(text, "text must not be null");
      Objects.requireNonNull(number, "number must not be null");
    }

    /** What the page sorts by: the number, or the text. */
    public String sortKey() {
      return number.map(n -> Double.toString(n)).orElse(text);
    }
  }
}
