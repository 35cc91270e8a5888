package se.kundfokus.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the typed values of one row: the canonical fields in the table's order and the attribute
 * columns, each the way its column was detected. A value that cannot be read is reported to the
 * {@link RowCheck} and read as absent.
 */
final class RowValues {
  private final RowCheck check;
  private final List<ColumnFormats.Attribute> attributes;
  private final DateForm dateForm;
  private final DateCache dates = new DateCache();

  /** Per field of the table, in its order: the column (-1 when absent), type and decimal style. */
  private final int[] columns;

  private final Field.ValueType[] types;
  private final DecimalStyle[] decimals;

  /**
   * Reads the fields of {@code fields} (the table's, in its order) from the columns of {@code map},
   * each as {@code formats} decided; what each field needs is looked up once, here, not per row.
   */
  RowValues(List<Field> fields, ColumnMap map, ColumnFormats formats, RowCheck check) {
    this.check = check;
    this.attributes = formats.attributes();
    this.dateForm = formats.dateForm();
    this.columns = new int[fields.size()];
    this.types = new Field.ValueType[fields.size()];
    this.decimals = new DecimalStyle[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      columns[i] = map.index(fields.get(i));
      types[i] = fields.get(i).type();
      decimals[i] = formats.decimal(fields.get(i));
    }
  }

  /** Fills {@code out} with the value of each field, null where absent. */
  void readFields(RawRow row, String where, @Nullable Object[] out) {
    for (int i = 0; i < columns.length; i++) {
      out[i] = read(i, row, where);
    }
  }

  private @Nullable Object read(int field, RawRow row, String where) {
    int index = columns[field];
    if (index < 0) {
      return null;
    }
    String cell = row.cell(index).strip();
    if (cell.isEmpty()) {
      return null;
    }
    return switch (types[field]) {
      case ID, TEXT -> cell;
      case ORG_NUMBER -> {
        if (!OrgNumber.isValid(cell)) {
          check.value(
              where,
              index,
              cell,
              "is not a valid organisation number (expected " + OrgNumber.expected() + ")");
        }
        yield cell;
      }
      case NUMBER -> number(cell, decimals[field], where, index, "");
      case DATE -> date(cell, dateForm, where, index, "");
    };
  }

  /** The attribute values of the row, in the order of {@link ColumnFormats#attributes()}. */
  List<@Nullable Object> readAttributes(RawRow row, String where) {
    List<@Nullable Object> out = new ArrayList<>(attributes.size());
    for (ColumnFormats.Attribute attribute : attributes) {
      String cell = row.cell(attribute.index()).strip();
      if (cell.isEmpty()) {
        out.add(null);
        continue;
      }
      String asColumn = ", as the rest of the column";
      out.add(
          switch (attribute.kind()) {
            case NUMBER -> number(cell, attribute.decimal(), where, attribute.index(), asColumn);
            case DATE ->
                date(
                    cell,
                    attribute.dateForm().orElse(DateForm.ISO),
                    where,
                    attribute.index(),
                    asColumn);
            case BOOLEAN -> yesNo(cell, where, attribute.index());
            case CATEGORY -> cell;
          });
    }
    return out;
  }

  private @Nullable Double number(
      String cell, DecimalStyle style, String where, int column, String suffix) {
    double number = NumberParser.parseOrNaN(cell, style);
    if (Double.isNaN(number)) {
      check.value(
          where,
          column,
          cell,
          "is not a number (expected " + NumberParser.expected(style) + suffix + ")");
      return null;
    }
    return number;
  }

  private @Nullable Object date(
      String cell, DateForm form, String where, int column, String suffix) {
    int packed = DateParser.packed(form, cell);
    if (packed == DateParser.INVALID) {
      check.value(
          where,
          column,
          cell,
          "is not a date (expected " + DateParser.expected(form) + suffix + ")");
      return null;
    }
    return dates.of(packed);
  }

  private @Nullable Boolean yesNo(String cell, String where, int column) {
    try {
      return AttributeTypes.parseBoolean(cell);
    } catch (IllegalArgumentException e) {
      check.value(
          where,
          column,
          cell,
          "is not yes or no (expected ja/nej, yes/no or true/false, as the rest of the column)");
      return null;
    }
  }
}
