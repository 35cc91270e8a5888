package se.kundfokus.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds the header row of a file and maps its columns to the canonical fields: first the user's
 * {@code --map} choices, then Swedish and English header names, then (for a sales date) the values.
 */
final class ColumnMapper {
  private static final int ORG_NUMBER_EVIDENCE = 5;

  private static final int HEADER_SEARCH_ROWS = 30;

  private ColumnMapper() {}

  /**
   * Maps the columns of one file.
   *
   * @param rows the first rows of the file
   * @param headerRow the user's header row (1-based line, 0 for none), or empty to detect
   * @param overrides column references chosen by the user: a header name or a 1-based number
   */
  static ColumnMap map(
      String fileLabel,
      Table table,
      List<RawRow> rows,
      Optional<Integer> headerRow,
      Map<Field, String> overrides) {
    int headerIndex = headerIndex(fileLabel, table, rows, headerRow);
    int width = width(rows, headerIndex);
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < width; i++) {
      String name = headerIndex >= 0 ? rows.get(headerIndex).cell(i).strip() : "column " + (i + 1);
      if (name.isEmpty()) {
        name = "column " + (i + 1);
      }
      String unique = name;
      for (int n = 2; !seen.add(unique.toLowerCase(Locale.ROOT)); n++) {
        unique = name + " (" + n + ")";
      }
      names.add(unique);
    }

    Map<Field, Integer> fields = new LinkedHashMap<>();
    Map<Field, String> how = new HashMap<>();
    for (Map.Entry<Field, String> override : overrides.entrySet()) {
      int index = resolve(fileLabel, table, override.getKey(), override.getValue(), names);
      fields.put(override.getKey(), index);
      how.put(override.getKey(), "--map");
    }
    if (headerIndex >= 0) {
      for (Field field : table.fields()) {
        if (fields.containsKey(field)) {
          continue;
        }
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < names.size(); i++) {
          int rank = field.rank(Headers.normalise(names.get(i)));
          if (rank >= 0 && rank < bestRank && !fields.containsValue(i)) {
            best = i;
            bestRank = rank;
          }
        }
        if (best >= 0) {
          fields.put(field, best);
          how.put(field, "header");
        }
      }
    }
    if (table == Table.SALES && !fields.containsKey(Field.DATE)) {
      byValues(rows, headerIndex, names.size(), fields, ColumnMapper::looksLikeDates)
          .ifPresent(
              index -> {
                fields.put(Field.DATE, index);
                how.put(Field.DATE, "values");
              });
    }
    if (table.fields().contains(Field.ORG_NUMBER) && !fields.containsKey(Field.ORG_NUMBER)) {
      byValues(rows, headerIndex, names.size(), fields, ColumnMapper::looksLikeOrgNumbers)
          .ifPresent(
              index -> {
                fields.put(Field.ORG_NUMBER, index);
                how.put(Field.ORG_NUMBER, "values");
              });
    }
    requireFields(fileLabel, table, names, fields);

    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (!fields.containsValue(i)) {
        others.add(i);
      }
    }
    Optional<Long> headerLine =
        headerIndex >= 0 ? Optional.of(rows.get(headerIndex).line()) : Optional.empty();
    return new ColumnMap(headerLine, names, fields, how, others);
  }

  private static int headerIndex(
      String fileLabel, Table table, List<RawRow> rows, Optional<Integer> headerRow) {
    if (headerRow.isPresent()) {
      int wanted = headerRow.get();
      if (wanted == 0) {
        return -1;
      }
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).line() == wanted) {
          return i;
        }
      }
      throw new ImportException(
          ImportProblem.ofFile(
              fileLabel,
              "has no row "
                  + wanted
                  + " to take the column names from (expected a non-empty row among the first "
                  + rows.size()
                  + ")"));
    }
    int limit = Math.min(rows.size(), HEADER_SEARCH_ROWS);
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < limit; i++) {
      int score = knownHeaders(table, rows.get(i));
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best >= 0) {
      return best;
    }
    // No known column name: the first row that is all names and as wide as the data.
    int modeWidth = modeWidth(rows);
    for (int i = 0; i < limit; i++) {
      RawRow row = rows.get(i);
      long filled = row.cells().stream().filter(c -> !c.isBlank()).count();
      boolean allNames = row.cells().stream().noneMatch(Headers::looksLikeValue);
      if (allNames && filled >= Math.max(1, modeWidth - 1) && i + 1 < rows.size()) {
        return i;
      }
      if (filled >= Math.max(1, modeWidth - 1)) {
        break; // a data row came first: no header
      }
    }
    return -1;
  }

  private static int knownHeaders(Table table, RawRow row) {
    Set<Field> found = new HashSet<>();
    for (String cell : row.cells()) {
      String normalised = Headers.normalise(cell);
      for (Field field : table.fields()) {
        if (field.rank(normalised) >= 0) {
          found.add(field);
        }
      }
    }
    return found.size();
  }

  private static int modeWidth(List<RawRow> rows) {
    Map<Integer, Integer> frequency = new HashMap<>();
    for (RawRow row : rows) {
      frequency.merge(row.cells().size(), 1, Integer::sum);
    }
    return frequency.entrySet().stream()
        .max(
            Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(0);
  }

  /**
   * The number of columns: the named columns of the header (a data row with more non-empty fields
   * is a problem of that row), or the widest row of a file without a header.
   */
  private static int width(List<RawRow> rows, int headerIndex) {
    if (headerIndex >= 0) {
      List<String> header = rows.get(headerIndex).cells();
      int named = header.size();
      while (named > 0 && header.get(named - 1).isBlank()) {
        named--;
      }
      return named;
    }
    int width = 0;
    for (RawRow row : rows) {
      width = Math.max(width, row.cells().size());
    }
    return width;
  }

  private static int resolve(
      String fileLabel, Table table, Field field, String reference, List<String> names) {
    String ref = reference.strip();
    if (!ref.isEmpty() && ref.chars().allMatch(Character::isDigit)) {
      int number = Integer.parseInt(ref);
      if (number >= 1 && number <= names.size()) {
        return number - 1;
      }
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(ref)) {
        return i;
      }
    }
    throw new ImportException(
        ImportProblem.ofFile(
            fileLabel,
            "has no column '"
                + reference
                + "' for "
                + table.label()
                + "."
                + field.column()
                + " (expected a column name or number 1–"
                + names.size()
                + "; columns: "
                + String.join(", ", names)
                + ")"));
  }

  /**
   * The one free column whose sampled values fit, or empty when none or several do: a guess from
   * the values is only made when it cannot be confused.
   */
  private static Optional<Integer> byValues(
      List<RawRow> rows,
      int headerIndex,
      int width,
      Map<Field, Integer> taken,
      Predicate<List<String>> fits) {
    List<Integer> candidates = new ArrayList<>();
    for (int column = 0; column < width; column++) {
      if (taken.containsValue(column)) {
        continue;
      }
      List<String> values = new ArrayList<>();
      for (int i = headerIndex + 1; i < rows.size(); i++) {
        String cell = rows.get(i).cell(column);
        if (!cell.isBlank()) {
          values.add(cell);
        }
      }
      if (!values.isEmpty() && fits.test(values)) {
        candidates.add(column);
      }
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /** Dates in one form, not all plain numbers (which could as well be ids or amounts). */
  private static boolean looksLikeDates(List<String> values) {
    return values.stream().anyMatch(v -> !v.strip().chars().allMatch(Character::isDigit))
        && !(DateParser.detect(values) instanceof DateDetection.None);
  }

  /**
   * At least {@value #ORG_NUMBER_EVIDENCE} values, every one a valid organisation number: a random
   * ten-digit number passes the check digit one time in ten, so several together are no accident.
   */
  private static boolean looksLikeOrgNumbers(List<String> values) {
    return values.size() >= ORG_NUMBER_EVIDENCE && values.stream().allMatch(OrgNumber::isValid);
  }

  private static void requireFields(
      String fileLabel, Table table, List<String> names, Map<Field, Integer> fields) {
    List<ImportProblem> problems = new ArrayList<>();
    for (Field field : table.required()) {
      if (fields.containsKey(field)) {
        continue;
      }
      if (field == Field.AMOUNT
          && fields.containsKey(Field.QUANTITY)
          && fields.containsKey(Field.UNIT_PRICE)) {
        continue; // amount = quantity × unit price
      }
      String alternative =
          field == Field.AMOUNT ? ", or columns for both quantity and unit price" : "";
      problems.add(
          ImportProblem.ofFile(
              fileLabel,
              "has no column for "
                  + table.label()
                  + "."
                  + field.column()
                  + " (expected a header such as "
                  + field.examples()
                  + alternative
                  + "; columns: "
                  + names.stream().collect(Collectors.joining(", "))
                  + "). Name the column with --map "
                  + table.label()
                  + "."
                  + field.column()
                  + "=COLUMN"));
    }
    if (!problems.isEmpty()) {
      throw new ImportException(problems, problems.size());
    }
  }
}
