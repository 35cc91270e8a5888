package se.kundfokus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import se.kundfokus.ingest.ColumnChoice;
import se.kundfokus.ingest.DecimalStyle;
import se.kundfokus.ingest.FieldSeparator;
import se.kundfokus.ingest.ReadOptions;

/** How to read the input files, where detection should not decide. */
final class ReadOptionsMixin {
  @Option(
      names = "--delimiter",
      paramLabel = "SEP",
      description = "Field separator: ';' ',' tab '|' or whitespace (default: detected).")
  Optional<String> delimiter = Optional.empty();

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Character set, e.g. UTF-8 or windows-1252 (default: detected).")
  Optional<String> encoding = Optional.empty();

  @Option(
      names = "--decimal",
      paramLabel = "comma|dot",
      description =
          "Decimal mark of numbers: comma (1 234,50) or dot (1,234.50) (default: detected per column).")
  Optional<String> decimal = Optional.empty();

  @Option(
      names = "--date-format",
      paramLabel = "FORMAT",
      description =
          "Date format when the dates are ambiguous: yyyy-MM-dd, yyyyMMdd, d/M/yyyy, M/d/yyyy,"
              + " d.M.yyyy, yyyy/MM/dd (default: detected per column).")
  Optional<String> dateFormat = Optional.empty();

  @Option(
      names = "--header-row",
      paramLabel = "N",
      description = "The row that holds the column names (default: detected; 0 = none).")
  Optional<Integer> headerRow = Optional.empty();

  @Option(names = "--no-header", description = "The files have no row of column names.")
  boolean noHeader;

  @Option(
      names = "--sheet",
      paramLabel = "SHEET",
      description = "Sheet of an Excel workbook, by name or number (default: the first).")
  Optional<String> sheet = Optional.empty();

  @Option(
      names = "--map",
      paramLabel = "TABLE.FIELD=COLUMN",
      description =
          "Take a field from a column, by name or number, e.g. --map sales.amount=Belopp or"
              + " --map sales.date=3. Repeatable.")
  List<String> columns = new ArrayList<>();

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description = "A mapping file (YAML) with per-file settings and columns; see the README.")
  Optional<Path> mappingFile = Optional.empty();

  ReadOptions readOptions() {
    ReadOptions.Builder builder = ReadOptions.builder();
    delimiter.ifPresent(d -> builder.separator(FieldSeparator.parse(d)));
    encoding.ifPresent(e -> builder.charset(ReadOptions.charsetNamed(e)));
    decimal.ifPresent(d -> builder.decimal(DecimalStyle.parse(d)));
    dateFormat.ifPresent(builder::dateFormat);
    if (noHeader) {
      builder.headerRow(0);
    }
    headerRow.ifPresent(builder::headerRow);
    sheet.ifPresent(builder::sheet);
    return builder.build();
  }

  List<ColumnChoice> columnChoices() {
    List<ColumnChoice> choices = new ArrayList<>();
    for (String column : columns) {
      choices.add(ColumnChoice.parse(column));
    }
    return choices;
  }
}
