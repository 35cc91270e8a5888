package se.kundfokus.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the values of each column of one file are read, decided once per column from the first rows
 * (never per value): the decimal style of number columns, the date form of date columns, and the
 * kind of each attribute column.
 */
final class ColumnFormats {
  private final Map<Field, DecimalStyle> decimals = new EnumMap<>(Field.class);
  private Optional<DateForm> dateForm = Optional.empty();
  private final List<Attribute> attributes = new ArrayList<>();

  /** An extra column of a customer or prospect file, kept as a typed attribute. */
  record Attribute(
      int index,
      String name,
      AttributeKind kind,
      DecimalStyle decimal,
      Optional<DateForm> dateForm) {}

  private ColumnFormats() {}

  static ColumnFormats decide(
      String fileLabel,
      Table table,
      ColumnMap map,
      List<RawRow> data,
      DecimalStyle hint,
      ReadOptions options,
      RowSource rows) {
    ColumnFormats formats = new ColumnFormats();
    Optional<DateForm> userForm = options.dateFormat().map(DateParser::parseForm);
    for (Map.Entry<Field, Integer> entry : map.fields().entrySet()) {
      Field field = entry.getKey();
      List<String> values = values(data, entry.getValue());
      if (field.type() == Field.ValueType.NUMBER) {
        formats.decimals.put(
            field, options.decimal().orElseGet(() -> NumberParser.detect(values, hint)));
      } else if (field.type() == Field.ValueType.DATE) {
        formats.dateForm =
            Optional.of(
                userForm.orElseGet(
                    () ->
                        dateForm(
                            fileLabel,
                            map.name(entry.getValue()),
                            values,
                            data,
                            entry.getValue(),
                            rows)));
      }
    }
    if (table.keepsAttributes()) {
      for (int index : map.others()) {
        List<String> values = values(data, index);
        DecimalStyle decimal = options.decimal().orElseGet(() -> NumberParser.detect(values, hint));
        AttributeKind kind = AttributeTypes.infer(values, decimal);
        Optional<DateForm> form = Optional.empty();
        if (kind == AttributeKind.DATE) {
          DateDetection detection = DateParser.detect(values);
          if (detection instanceof DateDetection.One one) {
            form = Optional.of(one.form());
          } else {
            kind = AttributeKind.CATEGORY;
          }
        }
        formats.attributes.add(new Attribute(index, map.name(index), kind, decimal, form));
      }
    }
    return formats;
  }

  private static DateForm dateForm(
      String fileLabel,
      String column,
      List<String> values,
      List<RawRow> data,
      int index,
      RowSource rows) {
    if (values.isEmpty()) {
      return DateForm.ISO;
    }
    DateDetection detection = DateParser.detect(values);
    if (detection instanceof DateDetection.One one) {
      return one.form();
    }
    if (detection instanceof DateDetection.Ambiguous ambiguous) {
      throw new ImportException(
          new ImportProblem(
              fileLabel,
              Optional.empty(),
              Optional.of(column),
              Optional.empty(),
              "the dates are ambiguous: " + ambiguous.advice()));
    }
    DateDetection.None none = (DateDetection.None) detection;
    if (none.closest().isPresent()) {
      return none.closest().get(); // the odd values are reported row by row
    }
    String where = "";
    for (RawRow row : data) {
      if (row.cell(index).equals(none.value())) {
        where = rows.where(row.line());
        break;
      }
    }
    throw new ImportException(
        new ImportProblem(
            fileLabel,
            where.isEmpty() ? Optional.empty() : Optional.of(where),
            Optional.of(column),
            Optional.of(none.value()),
            none.problem()));
  }

  private static List<String> values(List<RawRow> rows, int index) {
    List<String> values = new ArrayList<>();
    for (RawRow row : rows) {
      String cell = row.cell(index);
      if (!cell.isBlank()) {
        values.add(cell);
      }
    }
    return values;
  }

  DecimalStyle decimal(Field field) {
    return decimals.getOrDefault(field, DecimalStyle.DOT);
  }

  DateForm dateForm() {
    return dateForm.orElse(DateForm.ISO);
  }

  List<Attribute> attributes() {
    return List.copyOf(attributes);
  }

  /** The format of a field's column for the import report. */
  String describe(Field field) {
    return switch (field.type()) {
      case NUMBER -> decimal(field) == DecimalStyle.COMMA ? "decimal comma" : "decimal point";
      case DATE -> dateForm().pattern();
      case ORG_NUMBER -> "Swedish organisation number";
      case ID, TEXT -> "text";
    };
  }

  static String describe(Attribute attribute) {
    return switch (attribute.kind()) {
      case NUMBER -> attribute.decimal() == DecimalStyle.COMMA ? "decimal comma" : "decimal point";
      case DATE -> attribute.dateForm().map(DateForm::pattern).orElse("");
      case BOOLEAN -> "yes/no";
      case CATEGORY -> "text";
    };
  }
}
