package se.kundfokus.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Writes invoice lines and numbers the invoices. An invoice number is the day's index in the sales
 * history times one million plus the day's running number, so numbers increase with the date while
 * customers are written one at a time. Memory is one counter and one date text per day.
 */
final class SalesSink implements Closeable {

  static final long PROGRESS_EVERY = 10_000;
  private static final long PER_DAY = 1_000_000L;

  private final CsvWriter csv;
  private final List<String> groups;
  private final LongConsumer progress;
  private final long start;
  private final int[] invoicesOfDay;
  private final String[] dateText;
  private long lines;

  SalesSink(
      Path file,
      FileFormat format,
      List<String> groups,
      LocalDate startDate,
      LocalDate endDate,
      LongConsumer progress)
      throws IOException {
    this.csv = new CsvWriter(file, format);
    this.groups = List.copyOf(groups);
    this.progress = progress;
    this.start = startDate.toEpochDay();
    int days = (int) (endDate.toEpochDay() - start + 1);
    this.invoicesOfDay = new int[days];
    this.dateText = new String[days];
    for (int i = 0; i < days; i++) {
      dateText[i] = LocalDate.ofEpochDay(start + i).toString();
    }
    csv.header(
        format == FileFormat.SWEDISH
            ? List.of(
                "Fakturanr",
                "Fakturadatum",
                "Kundnr",
                "Artikelnr",
                "Artikelgrupp",
                "Antal",
                "Belopp",
                "Kostnad")
            : List.of(
                "Invoice",
                "Invoice date",
                "Customer ID",
                "Product ID",
                "Product group",
                "Quantity",
                "Amount",
                "Cost"));
  }

  /** A new invoice number for the day. */
  long newInvoice(long day) {
    int index = (int) (day - start);
    int running = ++invoicesOfDay[index];
    if (running >= PER_DAY) {
      throw new IllegalStateException(
          "more than " + (PER_DAY - 1) + " invoices on " + dateText[index]);
    }
    return (index + 1) * PER_DAY + running;
  }

  /** Writes one line; a negative quantity is a credit note line. */
  void line(
      long invoice, long day, String customerId, Article article, long quantity, long unitCents)
      throws IOException {
    csv.integer(invoice)
        .text(dateText[(int) (day - start)])
        .text(customerId)
        .text(article.id())
        .text(groups.get(article.group()))
        .integer(quantity)
        .hundredths(quantity * unitCents)
        .hundredths(quantity * article.costCents())
        .endRow();
    lines++;
    if (lines % PROGRESS_EVERY == 0) {
      progress.accept(lines);
    }
  }

  long lines() {
    return lines;
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
