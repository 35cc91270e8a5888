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
  private final ColumnMap map;
  private final ColumnFormats formats;
  private final RowCheck check;

  RowValues(ColumnMap map, ColumnFormats formats, RowCheck check) {
    this.map = map;
    this.formats = formats;
    this.check = check;
  }

  /** Fills {@code out} with the value of each field, null where absent. */
  void readFields(List<Field> fields, RawRow row, String where, @Nullable Object[] out) {
    for (int i = 0; i < fields.size(); i++) {
      out[i] = read(fields.get(i), row, where);
    }
  }

  private @Nullable Object read(Field field, RawRow row, String where) {
    int index = map.index(field);
    if (index < 0) {
      return null;
    }
    String cell = row.cell(index).strip();
    if (cell.isEmpty()) {
      return null;
    }
    return switch (field.type()) {
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
      case NUMBER -> number(cell, formats.decimal(field), where, index, "");
      case DATE -> date(cell, formats.dateForm(), where, index, "");
    };
  }

  /** The attribute values of the row, in the order of {@link ColumnFormats#attributes()}. */
  List<@Nullable Object> readAttributes(RawRow row, String where) {
    List<@Nullable Object> out = new ArrayList<>();
    for (ColumnFormats.Attribute attribute : formats.attributes()) {
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
    if (!form.matches(cell)) {
      check.value(
          where,
          column,
          cell,
          "is not a date (expected " + DateParser.expected(form) + suffix + ")");
      return null;
    }
    return form.parse(cell);
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
