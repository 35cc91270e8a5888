package se.kundfokus.report;

import java.util.List;
import java.util.Objects;

/**
 * One list of a result as a table, the same for the spreadsheet, the CSV files and the report.
 *
 * @param key the list's key, stable across languages: the CSV file's name ({@code leaving.csv})
 * @param title the list's name in its language, e.g. {@code Kunder på väg att lämna}
 * @param rows the rows, each with one cell per column
 */
public record ListTable(String key, String title, List<Column> columns, List<List<Cell>> rows) {
  public ListTable {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(title, "title must not be null");
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != columns.size()) {
        throw new IllegalArgumentException(
            "row "
                + (i + 1)
                + " of "
                + key
                + " has "
                + rows.get(i).size()
                + " cells, expected one per column ("
                + columns.size()
                + ")");
      }
    }
  }
}
