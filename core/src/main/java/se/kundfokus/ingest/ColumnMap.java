package se.kundfokus.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each canonical field is in a file.
 *
 * @param headerLine the line (or row) holding the column names; empty when the file has none
 * @param names the column names, {@code "column 3"} where the file gives none
 * @param fields the zero-based column of each mapped field
 * @param how how each field was found, for the import report: {@code header}, {@code --map} or
 *     {@code values}
 * @param others the columns not mapped to a field, in file order
 */
record ColumnMap(
    Optional<Long> headerLine,
    List<String> names,
    Map<Field, Integer> fields,
    Map<Field, String> how,
    List<Integer> others) {

  ColumnMap {
    names = List.copyOf(names);
    fields = Map.copyOf(fields);
    how = Map.copyOf(how);
    others = List.copyOf(others);
  }

  /** The zero-based column of a field, or -1 when the file has none. */
  int index(Field field) {
    return fields.getOrDefault(field, -1);
  }

  boolean has(Field field) {
    return fields.containsKey(field);
  }

  String name(int index) {
    return index < names.size() ? names.get(index) : "column " + (index + 1);
  }
}
