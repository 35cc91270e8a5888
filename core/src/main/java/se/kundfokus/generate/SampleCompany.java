package se.kundfokus.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongConsumer;
import se.kundfokus.analysis.PainSpec;
import se.kundfokus.model.pain.PainKind;

/**
 * Generates a realistic Swedish B2B company's data: an industrial wholesaler's customer register,
 * invoice lines, article register and prospects, with planted ground truth written to {@code
 * truth.json}. Output is streamed one customer at a time, so 100 million invoice lines need no more
 * memory than the per-customer ids and labels of the truth file. The same options always give
 * byte-identical files; nothing depends on the clock.
 *
 * <h2>Files</h2>
 *
 * {@link FileFormat#SWEDISH}: {@code kunder.csv}, {@code fakturarader.csv}, {@code artiklar.csv},
 * {@code prospekt.csv} ({@code ;}, decimal comma, windows-1252, CRLF). {@link FileFormat#ENGLISH}:
 * {@code customers.csv}, {@code sales.csv}, {@code products.csv}, {@code prospects.csv} ({@code ,},
 * decimal dot, UTF-8, LF). Both: {@code truth.json} (UTF-8). Invoice lines are grouped by customer
 * and in date order within a customer; invoice numbers increase with the date.
 *
 * <h2>Planted ground truth</h2>
 *
 * <ol>
 *   <li><b>Spend drivers.</b> Exactly two attributes drive spend: SNI division 25 or 28 (×3, about
 *       20 % of customers) and three or more sites (×2.5, about 16 %; both ×7.5), on top of a weak
 *       size effect (employees / 25)<sup>0.1</sup>. Län, Bolagsform and Kundansvarig are pure
 *       noise; turnover growth, purchasing function and the pain fields have no effect on spend.
 *   <li><b>Purchase process</b> (BG/NBD-like, weeks): each customer's invoice rate λ ~ Gamma(r = 3,
 *       α = 6), thinned to weekdays and by a monthly seasonality (July lowest); after each invoice
 *       the customer drops out with probability p ~ Beta(a = 0.3, b = 180) (customers without
 *       planted behaviour only; those who did are listed as {@code bgnbd_dropouts}). Invoice value
 *       ~ Gamma(p = 4, ν), ν ~ Gamma(q = 10, v = 6750), mean 3000 SEK, times the drivers.
 *   <li><b>Segments</b>, disjoint, about 8 % each by seeded draw: {@code churned} (no purchase
 *       after a day 3 to 9 months before the end date), {@code declining} (spend of the last 12
 *       months × 0.3 to 0.5, half by fewer and half by smaller invoices), {@code lapsed} (no
 *       purchase in the last 12 months, stop 12 to 23 months back), {@code growing} (spend × 1.9 to
 *       2.6); and 60 % of the other customers with a spend driver and a new purchasing manager grow
 *       too (the {@code growth_response}: a company like the best customers with a need grows).
 *       About 5 % have a {@code partial_outflow}: they stop buying one product group 6 to 18 months
 *       before the end date while still buying others. Segments that compare two years need {@code
 *       years >= 2}.
 *   <li><b>Co-bought groups</b>: Svetsning → Skyddsutrustning, Hydraulik → Smörjmedel, Pneumatik →
 *       Lager &amp; transmission. 85 % of the customers who buy the antecedent also buy the
 *       consequent (60 % of their antecedent invoices get a consequent line); the other 15 % never
 *       buy it and are listed as {@code cross_sell_candidates}.
 *   <li><b>Pain</b>: Ny inköpschef = Ja, a contract ending within 6 months after the end date, and
 *       at least 2 complaints in 12 months (churned and declining customers complain more).
 *   <li><b>Prospects</b> {@code P00001}…: half lookalikes with both drivers, half with neither.
 * </ol>
 *
 * About 1.5 % of the lines are credit notes (negative quantity and amount) of an earlier line of
 * the same customer.
 */
public final class SampleCompany {

  /** The seed of the default options. */
  public static final long DEFAULT_SEED = 20261122L;

  private static final long STREAM_HISTORY = 2;
  private static final long STREAM_PROSPECT_DRAW = 3;
  private static final long STREAM_PROSPECT = 4;

  private SampleCompany() {}

  /**
   * The pain parameters of the sample company's CRM columns, as its settings would declare them: a
   * new purchasing manager (an unaware lack, weight 40), a contract that ends within 6 months (an
   * aware need, 35) and two or more complaints (an aware need, 25).
   */
  public static List<PainSpec> painParameters(FileFormat format) {
    return List.of(
        new PainSpec(
            "New purchasing manager",
            format.text("Ny inköpschef", "New purchasing manager"),
            "= yes",
            40,
            PainKind.BRIST,
            "the sample company"),
        new PainSpec(
            "Contract ends soon",
            format.text("Avtalet löper ut", "Contract ends"),
            "within " + Planted.CONTRACT_PAIN_MONTHS + " months",
            35,
            PainKind.BEHOV,
            "the sample company"),
        new PainSpec(
            "Complaints",
            format.text("Reklamationer 12 mån", "Complaints 12m"),
            ">= " + Planted.COMPLAINTS_PAIN_MIN,
            25,
            PainKind.BEHOV,
            "the sample company"));
  }

  /**
   * Writes the sample company's files to {@code outDir}, replacing existing files of the same name.
   *
   * @param linesWritten told the number of invoice lines written so far, every 10,000 lines and at
   *     the end
   * @return the files and counts written
   * @throws IOException when a file cannot be written
   */
  public static GenerationSummary generate(
      GenerationOptions options, Path outDir, LongConsumer linesWritten) throws IOException {
    Objects.requireNonNull(options, "options must not be null");
    Objects.requireNonNull(outDir, "outDir must not be null");
    Objects.requireNonNull(linesWritten, "linesWritten must not be null");
    Files.createDirectories(outDir);
    FileFormat format = options.format();
    Path customersFile = outDir.resolve(format.text("kunder.csv", "customers.csv"));
    Path salesFile = outDir.resolve(format.text("fakturarader.csv", "sales.csv"));
    Path productsFile = outDir.resolve(format.text("artiklar.csv", "products.csv"));
    Path prospectsFile = outDir.resolve(format.text("prospekt.csv", "prospects.csv"));
    Path truthFile = outDir.resolve("truth.json");

    Catalog catalog = Catalog.load();
    writeProducts(productsFile, format, catalog);
    CustomerPlanner planner = new CustomerPlanner(options, catalog);
    int[][] pairs = new int[Catalog.CO_BOUGHT.size()][];
    for (int p = 0; p < pairs.length; p++) {
      pairs[p] = planner.pair(p);
    }
    PairStats pairStats = new PairStats(pairs.length);
    TruthCollector truth = new TruthCollector(catalog.groups(), pairs, options.endDate());
    long salesLines;
    try (RegisterWriter customers = new RegisterWriter(customersFile, format, true);
        SalesSink sales =
            new SalesSink(
                salesFile,
                format,
                catalog.groups(),
                options.startDate(),
                options.endDate(),
                linesWritten)) {
      HistorySimulator simulator = new HistorySimulator(sales, catalog, pairs, pairStats);
      for (int i = 0; i < options.customers(); i++) {
        CustomerPlan plan = planner.plan(i);
        customers.customer(plan);
        truth.customer(plan, simulator.simulate(plan, Rng.of(options.seed(), STREAM_HISTORY, i)));
      }
      salesLines = sales.lines();
    }
    linesWritten.accept(salesLines);
    writeProspects(prospectsFile, options, truth);
    GenerationSummary summary =
        new GenerationSummary(
            customersFile,
            salesFile,
            productsFile,
            prospectsFile,
            truthFile,
            options.customers(),
            salesLines,
            options.prospects());
    new TruthFile(options).write(truthFile, summary, truth, pairStats);
    return summary;
  }

  private static void writeProducts(Path file, FileFormat format, Catalog catalog)
      throws IOException {
    try (CsvWriter csv = new CsvWriter(file, format)) {
      csv.header(
          format == FileFormat.SWEDISH
              ? List.of("Artikelnr", "Benämning", "Artikelgrupp")
              : List.of("Product ID", "Name", "Product group"));
      for (int g = 0; g < catalog.groups().size(); g++) {
        for (Article article : catalog.articles(g)) {
          csv.text(article.id()).text(article.name()).text(catalog.groups().get(g)).endRow();
        }
      }
    }
  }

  /** Writes the prospects: exactly half (rounded down) are lookalikes, by a seeded shuffle. */
  private static void writeProspects(Path file, GenerationOptions options, TruthCollector truth)
      throws IOException {
    int count = options.prospects();
    boolean[] lookalike = new boolean[count];
    for (int j = 0; j < count / 2; j++) {
      lookalike[j] = true;
    }
    Rng shuffle = Rng.of(options.seed(), STREAM_PROSPECT_DRAW, 0);
    for (int j = count - 1; j > 0; j--) {
      int other = shuffle.below(j + 1);
      boolean kept = lookalike[j];
      lookalike[j] = lookalike[other];
      lookalike[other] = kept;
    }
    CompanyFactory companies = new CompanyFactory(options.seed(), options.endDate());
    try (RegisterWriter prospects = new RegisterWriter(file, options.format(), false)) {
      for (int j = 0; j < count; j++) {
        String id = String.format(Locale.ROOT, "P%05d", j + 1);
        Company company =
            companies.draw(
                Rng.of(options.seed(), STREAM_PROSPECT, j),
                (long) options.customers() + j,
                lookalike[j] ? CompanyFactory.Drivers.BOTH : CompanyFactory.Drivers.NEITHER,
                Planted.COMPLAINTS_MEAN);
        prospects.prospect(id, company);
        truth.prospect(id, lookalike[j]);
      }
    }
  }
}
