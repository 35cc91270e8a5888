package se.kundfokus.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows an import with {@link BadRowPolicy#REJECT} did not take, each with its line and
 * problems, in a CSV file that Excel opens (UTF-8 with BOM, semicolons).
 */
final class RejectsWriter implements AutoCloseable {
  private final Path file;
  private final BufferedWriter out;
  private final CsvWriter csv;

  RejectsWriter(Path file, List<String> columnNames) throws IOException {
    this.file = file;
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    out.write('\uFEFF');
    this.csv = CsvWriter.builder().fieldSeparator(';').build(out);
    List<String> header = new ArrayList<>();
    header.add("line");
    header.add("problem");
    header.addAll(columnNames);
    csv.writeRecord(header);
  }

  void write(RawRow row, String where, String problems) {
    List<String> record = new ArrayList<>(row.cells().size() + 2);
    record.add(where);
    record.add(problems);
    record.addAll(row.cells());
    csv.writeRecord(record);
  }

  Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
