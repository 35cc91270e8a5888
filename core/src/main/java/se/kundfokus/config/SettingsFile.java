package se.kundfokus.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.BestCustomerOptions;
import se.kundfokus.analysis.CrossSellOptions;
import se.kundfokus.analysis.OutflowOptions;
import se.kundfokus.analysis.ReactivationOptions;
import se.kundfokus.analysis.SettingsSource;

/**
 * Reads the settings file ({@code kundfokus.yaml}) and writes its commented template. Every setting
 * is optional; a problem names the file, the line and the setting, and what was expected.
 */
public final class SettingsFile {
  /** The settings file the commands look for in the current folder. */
  public static final String DEFAULT_FILE = "kundfokus.yaml";

  /** The most a settings file may hold; a larger one is surely the wrong file. */
  static final long MAX_BYTES = 1_000_000;

  private SettingsFile() {}

  /** Reads a settings file; see {@link SettingsTemplate} for what it may hold. */
  public static Settings read(Path path) {
    String label = path.toString();
    byte[] bytes;
    try {
      if (Files.size(path) > MAX_BYTES) {
        throw new SettingsException(
            label,
            Optional.empty(),
            Optional.empty(),
            "is larger than " + MAX_BYTES / 1000 + " kB; is it really a settings file?");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new SettingsException(
          label,
          Optional.empty(),
          Optional.empty(),
          "does not exist (kundfokus init writes one with every setting and its default)");
    } catch (IOException e) {
      throw new SettingsException(
          label, Optional.empty(), Optional.empty(), "cannot be read: " + e.getMessage());
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new SettingsException(
          label, Optional.empty(), Optional.empty(), "is not UTF-8 text (save it as UTF-8)");
    }
    AnalysisOptions analysis = parse(label, text);
    return new Settings(analysis, Optional.of(new SettingsSource(label, fingerprint(bytes))));
  }

  /** The settings in a YAML text; {@code file} names it in messages. */
  static AnalysisOptions parse(String file, String text) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    Section root = Section.root(file, YamlReader.read(file, text));
    AnalysisOptions defaults = new AnalysisOptions();

    Section analysis = root.section("analysis");
    AnalysisOptions options =
        new AnalysisOptions(
            analysis.date("as_of"),
            analysis.number(
                "significance",
                defaults.significance(),
                1e-9,
                1,
                "a chance between 0 and 1, e.g. 0.01 for 1 %"),
            outflow(root.section("outflow"), defaults.outflow()),
            reactivation(root.section("reactivation"), defaults.reactivation()),
            crossSell(root.section("cross_sell"), defaults.crossSell()),
            bestCustomers(root.section("best_customers"), defaults.bestCustomers()),
            ModelSettings.read(root));
    analysis.finish();
    root.finish();
    return options;
  }

  private static OutflowOptions outflow(Section s, OutflowOptions d) {
    OutflowOptions options =
        s.build(
            () ->
                new OutflowOptions(
                    s.number(
                        "leaving_below",
                        d.leavingBelow(),
                        1e-6,
                        1 - 1e-6,
                        "a probability between 0 and 1, e.g. 0.5"),
                    s.number(
                        "decline_share",
                        d.declineShare(),
                        1e-6,
                        1 - 1e-6,
                        "a share between 0 and 1, e.g. 0.3 for 30 % less"),
                    s.integer(
                        "stopped_group_months", d.stoppedGroupMonths(), 1, 12, "1 to 12 months")));
    s.finish();
    return options;
  }

  private static ReactivationOptions reactivation(Section s, ReactivationOptions d) {
    int after = s.integer("lapsed_after_months", d.afterMonths(), 1, 120, "1 to 120 months");
    int within = s.integer("lapsed_within_months", d.withinMonths(), 2, 240, "2 to 240 months");
    s.finish();
    if (within <= after) {
      throw s.problem(
          "lapsed_within_months",
          "must be more than lapsed_after_months (" + after + "), was " + within);
    }
    return new ReactivationOptions(after, within);
  }

  private static CrossSellOptions crossSell(Section s, CrossSellOptions d) {
    CrossSellOptions options =
        new CrossSellOptions(
            s.integer("window_months", d.windowMonths(), 1, 120, "1 to 120 months"),
            s.number("min_support", d.minSupport(), 0, 0.999, "a share between 0 and 1, e.g. 0.02"),
            s.integer("min_customers", d.minCustomers(), 1, 1_000_000, "1 or more customers"),
            s.number(
                "min_confidence", d.minConfidence(), 0, 0.999, "a share between 0 and 1, e.g. 0.3"),
            s.number("min_lift", d.minLift(), 1, 1e6, "1 or more, e.g. 1.2"),
            s.integer("per_customer", d.perCustomer(), 1, 20, "1 to 20 product groups"));
    s.finish();
    return options;
  }

  private static BestCustomerOptions bestCustomers(Section s, BestCustomerOptions d) {
    int count = s.integer("count", d.count(), 5, 15, "5 to 15 customers");
    double cohort =
        s.number(
            "cohort_share", d.cohortShare(), 0.001, 0.999, "a share between 0 and 1, e.g. 0.2");
    Section w = s.section("weights");
    BestCustomerOptions.ScoreWeights dw = d.weights();
    String weight = "a weight of 0 or more";
    BestCustomerOptions.ScoreWeights weights =
        w.build(
            () ->
                new BestCustomerOptions.ScoreWeights(
                    w.number("revenue", dw.revenue(), 0, 1e6, weight),
                    w.number("margin", dw.margin(), 0, 1e6, weight),
                    w.number("growth", dw.growth(), 0, 1e6, weight),
                    w.number("frequency", dw.frequency(), 0, 1e6, weight),
                    w.number("breadth", dw.breadth(), 0, 1e6, weight)));
    w.finish();
    s.finish();
    return new BestCustomerOptions(count, cohort, weights);
  }

  /** The commented settings file with every setting at its default. */
  public static String template(String version) {
    return SettingsTemplate.text(version, new AnalysisOptions());
  }

  /** The commented settings file with every setting at the value these options give it. */
  public static String template(String version, AnalysisOptions options) {
    return SettingsTemplate.text(version, options);
  }

  /** Writes the template, refusing to overwrite an existing file unless told to. */
  public static void writeTemplate(Path path, String version, boolean overwrite)
      throws IOException {
    writeTemplate(path, version, overwrite, new AnalysisOptions());
  }

  /** Writes the settings these options make, commented, refusing to overwrite unless told to. */
  public static void writeTemplate(
      Path path, String version, boolean overwrite, AnalysisOptions options) throws IOException {
    if (!overwrite && Files.exists(path)) {
      throw new IllegalArgumentException(
          path + " exists already (use --force to replace it with the defaults)");
    }
    Files.writeString(path, template(version, options), StandardCharsets.UTF_8);
  }

  static String fingerprint(byte[] bytes) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
