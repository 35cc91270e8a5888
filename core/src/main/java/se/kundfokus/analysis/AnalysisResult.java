package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.kundfokus.store.ImportRecord;
import se.kundfokus.store.TableCounts;

/**
 * The whole result of an analysis, immutable, with its provenance. Written as JSON with the keys of
 * DESIGN.md ({@code meta}, {@code summary}, {@code best_customers}, {@code outflow}, …).
 *
 * @param bestCohort the ids of the wider best cohort (the top share of active customers), used for
 *     statistics
 * @param crossSell the association rules between product groups and the recommendations per
 *     customer
 * @param churnModel the fitted BG/NBD and Gamma-Gamma models; empty when they could not be fitted
 * @param notes what the user should know about this run, e.g. why a model is missing
 * @param customers the facts of every customer
 */
public record AnalysisResult(
    Meta meta,
    Summary summary,
    List<BestCustomer> bestCustomers,
    List<String> bestCohort,
    Outflow outflow,
    List<LapsedCustomer> reactivation,
    CrossSell crossSell,
    Optional<ChurnModel> churnModel,
    List<String> notes,
    List<CustomerFacts> customers) {

  public AnalysisResult {
    Objects.requireNonNull(meta, "meta must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
    bestCustomers = List.copyOf(bestCustomers);
    bestCohort = List.copyOf(bestCohort);
    Objects.requireNonNull(outflow, "outflow must not be null");
    reactivation = List.copyOf(reactivation);
    Objects.requireNonNull(crossSell, "crossSell must not be null");
    Objects.requireNonNull(churnModel, "churnModel must not be null");
    notes = List.copyOf(notes);
    customers = List.copyOf(customers);
  }

  /**
   * Where a result comes from: the app version, the reference date, the data (the fingerprints of
   * the imported files, combined), the options and the settings file they were read from (empty:
   * the defaults).
   */
  public record Meta(
      String version,
      LocalDate asOf,
      String dataFingerprint,
      TableCounts counts,
      List<ImportRecord> imports,
      AnalysisOptions options,
      Optional<SettingsSource> settings) {
    public Meta {
      Objects.requireNonNull(version, "version must not be null");
      Objects.requireNonNull(asOf, "asOf must not be null");
      Objects.requireNonNull(dataFingerprint, "dataFingerprint must not be null");
      Objects.requireNonNull(counts, "counts must not be null");
      imports = List.copyOf(imports);
      Objects.requireNonNull(options, "options must not be null");
      Objects.requireNonNull(settings, "settings must not be null");
    }
  }
}
