package se.kundfokus.model.churn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The churn summaries of the sample company of {@code kundfokus demo} (1,000 customers, the default
 * seed, as of 2025-12-31), in weeks as the analysis computes them. Its BG/NBD likelihood has no
 * maximum: it rises as a and b grow together.
 */
final class SampleCompanySummaries {

  private static final String RESOURCE = "/data/sample-company/churn_summaries.csv";
  private static final Pattern COMMA = Pattern.compile(",");

  private SampleCompanySummaries() {}

  static List<CustomerSummary> summaries() {
    List<CustomerSummary> summaries = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                SampleCompanySummaries.class.getResourceAsStream(RESOURCE),
                RESOURCE + " is missing");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = reader.lines().filter(line -> !line.isBlank()).toList();
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = COMMA.split(line, -1);
        summaries.add(
            new CustomerSummary(
                fields[0],
                Integer.parseInt(fields[1]),
                Integer.parseInt(fields[2]) / 7.0,
                Integer.parseInt(fields[3]) / 7.0,
                Double.parseDouble(fields[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
    return summaries;
  }
}
