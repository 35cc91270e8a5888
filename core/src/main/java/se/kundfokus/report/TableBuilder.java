package se.kundfokus.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds one {@link ListTable}: its title and headers from the labels, then its rows. */
final class TableBuilder {
  private final Labels labels;
  private final String key;
  private final List<Column> columns = new ArrayList<>();
  private final List<List<Cell>> rows = new ArrayList<>();

  TableBuilder(Labels labels, String key) {
    this.labels = labels;
    this.key = key;
  }

  /** A column headed by the label {@code column.KEY}. */
  TableBuilder column(String columnKey, ColumnType type) {
    columns.add(new Column(columnKey, labels.get("column." + columnKey), type));
    return this;
  }

  TableBuilder row(Cell... cells) {
    rows.add(Arrays.asList(cells));
    return this;
  }

  /** The table, titled by the label {@code list.KEY}. */
  ListTable build() {
    return new ListTable(key, labels.get("list." + key), columns, rows);
  }
}
