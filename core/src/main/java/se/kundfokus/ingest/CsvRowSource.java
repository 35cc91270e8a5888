package se.kundfokus.ingest;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Rows of a delimited text file, read with FastCSV (RFC 4180 quoting, any line ending). */
final class CsvRowSource implements RowSource {
  private static final Pattern UNCLOSED =
      Pattern.compile("Unclosed quoted field.*record starting at line (\\d+)");
  private final String fileLabel;
  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private final Supplier<ImportException> undecodable;
  private long lastLine;

  CsvRowSource(
      String fileLabel,
      Reader input,
      FieldSeparator separator,
      Supplier<ImportException> undecodable) {
    this.fileLabel = fileLabel;
    this.undecodable = undecodable;
    this.reader =
        CsvReader.builder()
            .fieldSeparator(separator.character())
            .quoteCharacter('"')
            .commentStrategy(CommentStrategy.NONE)
            .skipEmptyLines(true)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .allowUnclosedQuote(false)
            .ofCsvRecord(input);
    this.records = reader.iterator();
  }

  @Override
  public @Nullable RawRow next() throws IOException {
    try {
      if (!records.hasNext()) {
        return null;
      }
      CsvRecord record = records.next();
      lastLine = record.getStartingLineNumber();
      return new RawRow(lastLine, record.getFields());
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw undecodable.get();
      }
      throw e.getCause();
    } catch (CsvParseException e) {
      String message = Objects.requireNonNullElse(e.getMessage(), "");
      Matcher unclosed = UNCLOSED.matcher(message);
      if (unclosed.find()) {
        throw new ImportException(
            new ImportProblem(
                fileLabel,
                Optional.of("line " + unclosed.group(1)),
                Optional.empty(),
                Optional.empty(),
                "a quoted value starts here and is never closed (expected a closing double quote;"
                    + " a double quote inside a quoted value is written twice)"));
      }
      throw new ImportException(
          ImportProblem.ofFile(
              fileLabel,
              "cannot be read after line "
                  + lastLine
                  + ": "
                  + Objects.requireNonNullElse(
                      e.getCause() == null ? e.getMessage() : e.getCause().getMessage(),
                      "malformed CSV")
                  + " (expected fields separated by the same character, with any quoted field"
                  + " closed by a double quote)"));
    }
  }

  @Override
  public String where(long line) {
    return "line " + line;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
