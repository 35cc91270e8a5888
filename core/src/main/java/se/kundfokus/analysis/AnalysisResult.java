package se.kundfokus.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.kundfokus.model.potential.PotentialModel;
import se.kundfokus.model.profile.Characteristics;
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
 * @param characteristics what characterises the best customers, and the proposed potential
 *     parameters
 * @param potential the potential model: its parameters with their points, and what comparable
 *     customers buy
 * @param pain the pain parameters
 * @param segments each segment with its action, customers, revenue and prospects
 * @param prospects every prospect scored against the model, best fit first
 * @param movements who moved between segments since the previous run stored in the workspace
 * @param backtest how the model, rebuilt some months back, did since; with {@code analyze
 *     --backtest}
 * @param notes what the user should know about this run, e.g. why a model is missing
 * @param customers every customer: segment, scores, reasons and facts
 * @param scoring what it takes to score a new company as this run would; kept with the run, not
 *     written to the JSON
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
    Characteristics characteristics,
    PotentialModel potential,
    PainSummary pain,
    List<SegmentSummary> segments,
    List<ProspectResult> prospects,
    Optional<SegmentMovements> movements,
    Optional<Backtest> backtest,
    List<String> notes,
    List<CustomerResult> customers,
    @JsonIgnore ScoringModel scoring) {

  public AnalysisResult {
    Objects.requireNonNull(meta, "meta must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
    bestCustomers = List.copyOf(bestCustomers);
    bestCohort = List.copyOf(bestCohort);
    Objects.requireNonNull(outflow, "outflow must not be null");
    reactivation = List.copyOf(reactivation);
    Objects.requireNonNull(crossSell, "crossSell must not be null");
    Objects.requireNonNull(churnModel, "churnModel must not be null");
    Objects.requireNonNull(characteristics, "characteristics must not be null");
    Objects.requireNonNull(potential, "potential must not be null");
    Objects.requireNonNull(pain, "pain must not be null");
    segments = List.copyOf(segments);
    prospects = List.copyOf(prospects);
    Objects.requireNonNull(movements, "movements must not be null");
    Objects.requireNonNull(backtest, "backtest must not be null");
    notes = List.copyOf(notes);
    customers = List.copyOf(customers);
    Objects.requireNonNull(scoring, "scoring must not be null");
  }

  /** A copy with the movements since the previous run. */
  public AnalysisResult withMovements(SegmentMovements since) {
    return copy(Optional.of(since), backtest);
  }

  /** A copy with a backtest. */
  public AnalysisResult withBacktest(Backtest test) {
    return copy(movements, Optional.of(test));
  }

  private AnalysisResult copy(Optional<SegmentMovements> since, Optional<Backtest> test) {
    return new AnalysisResult(
        meta,
        summary,
        bestCustomers,
        bestCohort,
        outflow,
        reactivation,
        crossSell,
        churnModel,
        characteristics,
        potential,
        pain,
        segments,
        prospects,
        since,
        test,
        notes,
        customers,
        scoring);
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
