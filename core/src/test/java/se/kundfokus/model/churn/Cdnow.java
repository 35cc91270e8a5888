package se.kundfokus.model.churn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The CDNOW sample of Fader, Hardie &amp; Lee (2005) from the test resources. */
final class Cdnow {

  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern COMMA = Pattern.compile(",");

  private Cdnow() {}

  /** Every purchase record; the customer id is the id within the sample, e.g. "0001". */
  static List<Transaction> transactions() {
    List<Transaction> transactions = new ArrayList<>();
    for (String line : lines("CDNOW_sample.txt")) {
      String[] fields = WHITESPACE.split(line.trim(), -1);
      transactions.add(
          new Transaction(
              fields[1],
              LocalDate.parse(fields[2], DateTimeFormatter.BASIC_ISO_DATE),
              Double.parseDouble(fields[4])));
    }
    return transactions;
  }

  /** The calibration summaries in weeks. */
  static List<CustomerSummary> summaries() {
    return CustomerSummaries.of(transactions(), CALIBRATION_END, TimeUnit.WEEKS);
  }

  /** The rows of {@code cdnow_customers_summary.csv}: ID, frequency, recency, T. */
  static List<String[]> publishedSummaries() {
    List<String> lines = lines("cdnow_customers_summary.csv");
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      rows.add(COMMA.split(line, -1));
    }
    return rows;
  }

  private static List<String> lines(String name) {
    String resource = "/data/cdnow/" + name;
    try (InputStream in =
            Objects.requireNonNull(
                Cdnow.class.getResourceAsStream(resource), resource + " is missing");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
