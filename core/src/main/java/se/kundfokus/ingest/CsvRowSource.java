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
import org.jspecify.annotations.Nullable;

/** Rows of a delimited text file, read with FastCSV (RFC 4180 quoting, any line ending). */
final class CsvRowSource implements RowSource {
  private final String fileLabel;
  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private long lastLine;

  CsvRowSource(String fileLabel, Reader input, FieldSeparator separator) {
    this.fileLabel = fileLabel;
    this.reader =
        CsvReader.builder()
            .fieldSeparator(separator.character())
            .quoteCharacter('"')
            .commentStrategy(CommentStrategy.NONE)
            .skipEmptyLines(true)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
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
        throw new ImportException(
            ImportProblem.ofFile(
                fileLabel,
                "cannot be decoded after line "
                    + lastLine
                    + " in the character set chosen from its beginning (expected one character set"
                    + " for the whole file; name it with --encoding, e.g. --encoding"
                    + " windows-1252)"));
      }
      throw e.getCause();
    } catch (CsvParseException e) {
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
