package se.kundfokus.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import se.kundfokus.report.Language;
import se.kundfokus.report.SafeCell;

/**
 * A list as a CSV file for Excel: in Swedish {@code ;}-separated with decimal commas, in English
 * {@code ,}-separated with decimal points; UTF-8 with a byte order mark so that Excel reads å, ä
 * and ö. A text cell that starts like a formula ({@code = + - @}, tab or carriage return) gets a
 * leading {@code '}, so a spreadsheet shows it and does not run it.
 */
final class CsvExport {
  private static final String BOM = "\uFEFF";

  private CsvExport() {}

  static String write(ListTable table, Language language) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language.locale());
    // Swedish writes U+2212 for minus; spreadsheets read only '-' as a negative number.
    symbols.setMinusSign('-');
    DecimalFormat number = new DecimalFormat("0.##########", symbols);
    StringWriter text = new StringWriter();
    text.write(BOM);
    try (CsvWriter csv =
        CsvWriter.builder()
            .fieldSeparator(language == Language.SV ? ';' : ',')
            .lineDelimiter(LineDelimiter.CRLF)
            .build(text)) {
      csv.writeRecord(table.columns().stream().map(c -> SafeCell.text(c.title())).toList());
      for (ListTable.Row row : table.rows()) {
        List<String> cells = new ArrayList<>(row.cells().size());
        for (ListTable.Cell cell : row.cells()) {
          cells.add(
              cell.number().isPresent()
                  ? number.format(cell.number().get())
                  : SafeCell.text(cell.text()));
        }
        csv.writeRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the list " + table.key(), e);
    }
    return text.toString();
  }
}
