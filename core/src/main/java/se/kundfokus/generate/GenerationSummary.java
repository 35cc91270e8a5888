package se.kundfokus.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link SampleCompany#generate} wrote.
 *
 * @param customersFile the customer register
 * @param salesFile the invoice lines
 * @param productsFile the article register
 * @param prospectsFile the prospects
 * @param truthFile the planted ground truth (JSON)
 * @param customers number of customers written
 * @param salesLines number of invoice lines written, credit notes included
 * @param prospects number of prospects written
 */
public record GenerationSummary(
    Path customersFile,
    Path salesFile,
    Path productsFile,
    Path prospectsFile,
    Path truthFile,
    long customers,
    long salesLines,
    long prospects) {

  public GenerationSummary {
    Objects.requireNonNull(customersFile, "customersFile must not be null");
    Objects.requireNonNull(salesFile, "salesFile must not be null");
    Objects.requireNonNull(productsFile, "productsFile must not be null");
    Objects.requireNonNull(prospectsFile, "prospectsFile must not be null");
    Objects.requireNonNull(truthFile, "truthFile must not be null");
    if (customers < 0 || salesLines < 0 || prospects < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
