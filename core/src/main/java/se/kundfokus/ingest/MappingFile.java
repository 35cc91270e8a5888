package se.kundfokus.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping file: per-table read settings and column choices, for exports whose layout detection
 * cannot guess. Example:
 *
 * <pre>
 * sales:
 *   delimiter: whitespace      # ; , tab | whitespace
 *   encoding: windows-1252
 *   decimal: comma             # comma or dot
 *   date_format: yyyyMMdd
 *   header_row: 0              # 0: no header row
 *   sheet: Blad1
 *   columns:
 *     customer_id: 1           # a column name or 1-based number
 *     date: 2
 *     amount: Belopp
 * </pre>
 *
 * A top-level {@code all:} section holds settings for every file.
 */
public final class MappingFile {
  private static final String SETTINGS =
      "delimiter, encoding, decimal, date_format, header_row, sheet, columns";

  private final ReadOptions all;
  private final Map<Table, ReadOptions> tables;
  private final List<ColumnChoice> columns;

  private MappingFile(ReadOptions all, Map<Table, ReadOptions> tables, List<ColumnChoice> columns) {
    this.all = all;
    this.tables = tables;
    this.columns = List.copyOf(columns);
  }

  /** Reads a mapping file; problems are reported with the file's name and line. */
  public static MappingFile read(Path path) throws IOException {
    String label = Optional.ofNullable(path.getFileName()).map(Path::toString).orElse("mapping");
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        JsonParser parser = new YAMLFactory().createParser(reader)) {
      return new Reading(label, parser).file();
    } catch (NoSuchFileException e) {
      throw new ImportException(ImportProblem.ofFile(label, "does not exist"));
    } catch (JsonProcessingException e) {
      throw new ImportException(
          new ImportProblem(
              label,
              Optional.of("line " + e.getLocation().getLineNr()),
              Optional.empty(),
              Optional.empty(),
              "is not valid YAML: " + e.getOriginalMessage()));
    }
  }

  /** Adds these settings and column choices to a request; the command line's choices come after. */
  public void applyTo(ImportRequest.Builder request) {
    for (Map.Entry<Table, ReadOptions> entry : tables.entrySet()) {
      request.readOptions(entry.getKey(), entry.getValue().orElse(all));
    }
    for (Table table : Table.values()) {
      if (!tables.containsKey(table)) {
        request.readOptions(table, all);
      }
    }
    columns.forEach(request::column);
  }

  public List<ColumnChoice> columns() {
    return columns;
  }

  public ReadOptions readOptions(Table table) {
    return tables.getOrDefault(table, ReadOptions.detectAll()).orElse(all);
  }

  private static final class Reading {
    private final String label;
    private final JsonParser parser;
    private ReadOptions all = ReadOptions.detectAll();
    private final Map<Table, ReadOptions> tables = new EnumMap<>(Table.class);
    private final List<ColumnChoice> columns = new ArrayList<>();

    Reading(String label, JsonParser parser) {
      this.label = label;
      this.parser = parser;
    }

    MappingFile file() throws IOException {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new MappingFile(all, tables, columns);
      }
      expect(
          first,
          JsonToken.START_OBJECT,
          "a section per table (customers, sales, products, prospects or all)");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        long line = line();
        if (name.equals("all")) {
          parser.nextToken();
          all = section(Optional.empty());
          continue;
        }
        Table table;
        try {
          table = Table.parse(name);
        } catch (IllegalArgumentException e) {
          throw problem(
              line,
              "'"
                  + name
                  + "' is not a table (expected customers, sales, products, prospects or all)");
        }
        parser.nextToken();
        tables.put(table, section(Optional.of(table)));
      }
      return new MappingFile(all, tables, columns);
    }

    private ReadOptions section(Optional<Table> table) throws IOException {
      expect(parser.currentToken(), JsonToken.START_OBJECT, "settings (" + SETTINGS + ")");
      ReadOptions.Builder builder = ReadOptions.builder();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        long line = line();
        JsonToken value = parser.nextToken();
        if (key.equals("columns")) {
          if (table.isEmpty()) {
            throw problem(line, "columns belong to a table's section, not to 'all'");
          }
          columns(table.get());
          continue;
        }
        String text = scalar(value, key);
        try {
          switch (key) {
            case "delimiter" -> builder.separator(FieldSeparator.parse(text));
            case "encoding" -> builder.charset(ReadOptions.charsetNamed(text));
            case "decimal" -> builder.decimal(DecimalStyle.parse(text));
            case "date_format" -> builder.dateFormat(DateParser.parseForm(text).pattern());
            case "header_row" -> builder.headerRow(Integer.parseInt(text.strip()));
            case "sheet" -> builder.sheet(text);
            default ->
                throw new IllegalArgumentException(
                    "'" + key + "' is not a setting (expected one of " + SETTINGS + ")");
          }
        } catch (IllegalArgumentException e) {
          throw problem(line, String.valueOf(e.getMessage()));
        }
      }
      return builder.build();
    }

    private void columns(Table table) throws IOException {
      expect(
          parser.currentToken(),
          JsonToken.START_OBJECT,
          "field: column pairs, e.g. amount: Belopp");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        long line = line();
        String column = scalar(parser.nextToken(), field);
        try {
          columns.add(new ColumnChoice(table, field, column));
        } catch (IllegalArgumentException e) {
          throw problem(line, String.valueOf(e.getMessage()));
        }
      }
    }

    private String scalar(JsonToken token, String key) throws IOException {
      if (token == null || token.isStructStart() || token == JsonToken.VALUE_NULL) {
        throw problem(line(), "'" + key + "' needs a value");
      }
      return parser.getText();
    }

    private void expect(JsonToken token, JsonToken wanted, String what) {
      if (token != wanted) {
        throw problem(line(), "expected " + what);
      }
    }

    private long line() {
      return parser.currentLocation().getLineNr();
    }

    private ImportException problem(long line, String text) {
      return new ImportException(
          new ImportProblem(
              label, Optional.of("line " + line), Optional.empty(), Optional.empty(), text));
    }
  }
}
