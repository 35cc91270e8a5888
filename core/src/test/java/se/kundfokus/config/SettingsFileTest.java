package se.kundfokus.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.BestCustomerOptions;
import se.kundfokus.analysis.CrossSellOptions;
import se.kundfokus.analysis.ModelOptions;
import se.kundfokus.analysis.OutflowOptions;
import se.kundfokus.analysis.PainSpec;
import se.kundfokus.analysis.ParameterSpec;
import se.kundfokus.analysis.ReactivationOptions;
import se.kundfokus.model.pain.PainKind;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.model.segment.SegmentationOptions;

class SettingsFileTest {

  @Test
  void theTemplateReadsAsTheDefaults() {
    String template = SettingsFile.template("1.2.3");

    assertThat(template).startsWith("# kundfokus settings, written by kundfokus 1.2.3.\n");
    assertThat(SettingsFile.parse("kundfokus.yaml", template)).isEqualTo(new AnalysisOptions());
  }

  @Test
  void anEmptyFileIsTheDefaults() {
    assertThat(SettingsFile.parse("kundfokus.yaml", "")).isEqualTo(new AnalysisOptions());
    assertThat(SettingsFile.parse("kundfokus.yaml", "# nothing but a comment\n"))
        .isEqualTo(new AnalysisOptions());
    assertThat(SettingsFile.parse("kundfokus.yaml", "outflow:\n")).isEqualTo(new AnalysisOptions());
  }

  @Test
  void readsEverySetting() {
    String text =
        """
        analysis:
          as_of: 2025-06-30
          significance: 0.05
        outflow:
          leaving_below: 0.4
          decline_share: 0.25
          stopped_group_months: 9
        reactivation:
          lapsed_after_months: 18
          lapsed_within_months: 48
        cross_sell:
          window_months: 12
          min_support: 0.01
          min_customers: 5
          min_confidence: 0.4
          min_lift: 1.5
          per_customer: 2
        best_customers:
          count: 15
          cohort_share: 0.1
          weights:
            revenue: 1
            margin: 0
            growth: 0.5
            frequency: 0.25
            breadth: 0.125
        """;

    AnalysisOptions options = SettingsFile.parse("kundfokus.yaml", text);

    assertThat(options)
        .isEqualTo(
            new AnalysisOptions(
                Optional.of(LocalDate.of(2025, 6, 30)),
                0.05,
                new OutflowOptions(0.4, 0.25, 9),
                new ReactivationOptions(18, 48),
                new CrossSellOptions(12, 0.01, 5, 0.4, 1.5, 2),
                new BestCustomerOptions(
                    15, 0.1, new BestCustomerOptions.ScoreWeights(1, 0, 0.5, 0.25, 0.125)),
                new ModelOptions()));
  }

  @Test
  void aSettingLeftOutKeepsItsDefault() {
    AnalysisOptions options =
        SettingsFile.parse("kundfokus.yaml", "outflow:\n  decline_share: 0.5\n");

    assertThat(options)
        .isEqualTo(
            new AnalysisOptions()
                .withOutflow(
                    new OutflowOptions(0.5, 0.5, new OutflowOptions().stoppedGroupMonths())));
  }

  @Test
  void takesADecimalComma() {
    assertThat(
            SettingsFile.parse("kundfokus.yaml", "outflow:\n  decline_share: 0,4\n")
                .outflow()
                .declineShare())
        .isEqualTo(0.4);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          outflow:\\n  decline: 0.3 | kundfokus.yaml line 2, setting 'outflow.decline': is not a setting of outflow (expected one of leaving_below, decline_share, stopped_group_months)
          outfow:\\n  decline_share: 0.3 | kundfokus.yaml line 1, setting 'outfow': is not a setting (expected one of analysis, outflow, reactivation, cross_sell, best_customers, characteristics, potential, pain, segments, backtest)
          outflow:\\n  decline_share: lots | kundfokus.yaml line 2, setting 'outflow.decline_share': 'lots' is not a number (expected a share between 0 and 1, e.g. 0.3 for 30 % less)
          outflow:\\n  decline_share: 1.5 | kundfokus.yaml line 2, setting 'outflow.decline_share': '1.5' is out of range (expected a share between 0 and 1, e.g. 0.3 for 30 % less)
          best_customers:\\n  count: 20 | kundfokus.yaml line 2, setting 'best_customers.count': '20' is out of range (expected 5 to 15 customers)
          best_customers:\\n  count: 7.5 | kundfokus.yaml line 2, setting 'best_customers.count': '7.5' is not a whole number (expected 5 to 15 customers)
          analysis:\\n  as_of: 30/6/2025 | kundfokus.yaml line 2, setting 'analysis.as_of': '30/6/2025' is not a date (expected yyyy-MM-dd, e.g. 2025-12-31)
          reactivation:\\n  lapsed_after_months: 24\\n  lapsed_within_months: 12 | kundfokus.yaml line 3, setting 'reactivation.lapsed_within_months': must be more than lapsed_after_months (24), was 12
          outflow: 0.3 | kundfokus.yaml line 1, setting 'outflow': expected settings below it, indented, not a value
          outflow:\\n  decline_share: [1, 2] | kundfokus.yaml line 2, setting 'outflow.decline_share': expected a single value, not a list or settings
          outflow:\\n  decline_share: 0.3\\n  decline_share: 0.4 | kundfokus.yaml line 3, setting 'decline_share': is given twice (first on line 2)
          best_customers:\\n  weights:\\n    revenue: 0\\n    margin: 0\\n    growth: 0\\n    frequency: 0\\n    breadth: 0 | kundfokus.yaml line 3, setting 'best_customers.weights': at least one score weight must be > 0
          - outflow | kundfokus.yaml line 1: expected sections of settings (analysis:, outflow:, …), not a single value or list
          """)
  void namesTheLineTheSettingAndWhatWasExpected(String text, String message) {
    assertThatThrownBy(() -> SettingsFile.parse("kundfokus.yaml", text.replace("\\n", "\n")))
        .isInstanceOf(SettingsException.class)
        .hasMessage(message);
  }

  @Test
  void invalidYamlNamesTheLine() {
    assertThatThrownBy(() -> SettingsFile.parse("kundfokus.yaml", "outflow:\n  a: b\n c: [\n"))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("kundfokus.yaml line ")
        .hasMessageContaining(": is not valid YAML: ");
  }

  @Test
  void theExceptionCarriesWhereAndWhat() {
    SettingsException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            SettingsException.class,
            () -> SettingsFile.parse("my.yaml", "cross_sell:\n\n  min_lift: 0.5\n"));

    assertThat(e.file()).isEqualTo("my.yaml");
    assertThat(e.line()).contains(3);
    assertThat(e.setting()).contains("cross_sell.min_lift");
    assertThat(e.problem()).isEqualTo("'0.5' is out of range (expected 1 or more, e.g. 1.2)");
  }

  @Test
  void readsAFileWithItsFingerprint(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("kundfokus.yaml");
    Files.writeString(file, "\uFEFFoutflow:\n  decline_share: 0.2\n", StandardCharsets.UTF_8);

    Settings settings = SettingsFile.read(file);

    assertThat(settings.analysis().outflow().declineShare()).isEqualTo(0.2);
    assertThat(settings.source()).isPresent();
    assertThat(settings.source().get().file()).isEqualTo(file.toString());
    assertThat(settings.source().get().fingerprint())
        .isEqualTo(SettingsFile.fingerprint(Files.readAllBytes(file)))
        .matches("sha256:[0-9a-f]{64}");
  }

  @Test
  void aMissingFileSaysHowToMakeOne(@TempDir Path dir) {
    Path file = dir.resolve("nope.yaml");

    assertThatThrownBy(() -> SettingsFile.read(file))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            file
                + ": does not exist (kundfokus init writes one with every setting and its"
                + " default)");
  }

  @Test
  void refusesAFileThatIsNotUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("kundfokus.yaml");
    Files.write(
        file, "outflow:\n  # f\u00f6rs\u00e4ljning\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> SettingsFile.read(file))
        .isInstanceOf(SettingsException.class)
        .hasMessage(file + ": is not UTF-8 text (save it as UTF-8)");
  }

  @Test
  void writesTheTemplateButDoesNotOverwrite(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("kundfokus.yaml");

    SettingsFile.writeTemplate(file, "1.0", false);

    assertThat(SettingsFile.read(file).analysis()).isEqualTo(new AnalysisOptions());
    assertThatThrownBy(() -> SettingsFile.writeTemplate(file, "1.0", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + " exists already (use --force to replace it with the defaults)");
    Files.writeString(file, "outflow:\n  decline_share: 0.2\n", StandardCharsets.UTF_8);
    SettingsFile.writeTemplate(file, "1.0", true);
    assertThat(SettingsFile.read(file).analysis()).isEqualTo(new AnalysisOptions());
  }

  @Test
  void readsTheModelSections() {
    String text =
        """
        characteristics:
          min_lift: 2
          permutations: 99
        potential:
          parameters:
            - attribute: sni_division
              rule: in 25, 28
              points: 60
            - attribute: Sites
              rule: ">= 3"
              points: 40
          benchmark_percentile: 80
        pain:
          parameters:
            - name: New purchasing manager
              attribute: Ny inköpschef
              rule: = yes
              weight: 40
              kind: brist
            - attribute: fact.declining
              rule: = yes
        segments:
          high_potential_from: 55
          high_pain_from: 25
          names:
            prioritise:
              name: Full fart
        backtest:
          months: 6
        """;

    ModelOptions model = SettingsFile.parse("kundfokus.yaml", text).model();

    assertThat(model.characteristics().minLift()).isEqualTo(2);
    assertThat(model.characteristics().permutations()).isEqualTo(99);
    assertThat(model.potentialParameters())
        .containsExactly(
            new ParameterSpec(
                "sni_division",
                Optional.of("in 25, 28"),
                Optional.of(60.0),
                "kundfokus.yaml line 6, setting 'potential.parameters[1]'"),
            new ParameterSpec(
                "Sites",
                Optional.of(">= 3"),
                Optional.of(40.0),
                "kundfokus.yaml line 9, setting 'potential.parameters[2]'"));
    assertThat(model.potential().benchmarkPercentile()).isEqualTo(80);
    assertThat(model.pain())
        .containsExactly(
            new PainSpec(
                "New purchasing manager",
                "Ny inköpschef",
                "= yes",
                40,
                PainKind.BRIST,
                "kundfokus.yaml line 15, setting 'pain.parameters[1]'"),
            new PainSpec(
                "fact.declining",
                "fact.declining",
                "= yes",
                1,
                PainKind.BEHOV,
                "kundfokus.yaml line 20, setting 'pain.parameters[2]'"));
    assertThat(model.segments().highPotentialFrom()).isEqualTo(55);
    assertThat(model.segments().highPainFrom()).isEqualTo(25);
    assertThat(model.segments().label(SegmentKey.PRIORITISE).name()).isEqualTo("Full fart");
    assertThat(model.segments().label(SegmentKey.PRIORITISE).action())
        .isEqualTo(new SegmentationOptions().label(SegmentKey.PRIORITISE).action());
    assertThat(model.backtestMonths()).isEqualTo(6);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          pain:\\n  parameters:\\n    - attribute: x\\n      rule: = yes\\n      kind: urgent | kundfokus.yaml line 5, setting 'pain.parameters[1].kind': 'urgent' is not a kind of pain (expected behov or brist)
          pain:\\n  parameters:\\n    - attribute: x | kundfokus.yaml line 3, setting 'pain.parameters[1].rule': is missing (expected e.g. = yes, ">= 2")
          pain:\\n  parameters:\\n    - rule: = yes | kundfokus.yaml line 3, setting 'pain.parameters[1].attribute': is missing (expected a column of the register, a register field or a fact such as fact.declining)
          pain:\\n  parameters:\\n    - just text | kundfokus.yaml line 3, setting 'pain.parameters[1]': expected settings (key: value lines), not a single value
          potential:\\n  parameters:\\n    - attribute: a\\n      points: 1\\n    - attribute: b | kundfokus.yaml line 2, setting 'potential.parameters': gives points to some parameters but not all (give all or none)
          segments:\\n  names:\\n    best:\\n      name: x | kundfokus.yaml line 3, setting 'segments.names.best': is not a setting of segments.names (expected one of prioritise, awaken_need, serve_efficiently, deprioritise, not_segmented)
          backtest:\\n  months: 30 | kundfokus.yaml line 2, setting 'backtest.months': '30' is out of range (expected 1 to 24 months)
          """)
  void modelSectionMistakesNameTheLineAndSetting(String text, String message) {
    assertThatThrownBy(() -> SettingsFile.parse("kundfokus.yaml", text.replace("\\n", "\n")))
        .isInstanceOf(SettingsException.class)
        .hasMessage(message);
  }

  @Test
  void theTemplateWritesTheGivenParametersBack() {
    AnalysisOptions options =
        new AnalysisOptions()
            .withModel(
                new ModelOptions()
                    .withPain(
                        List.of(
                            new PainSpec(
                                "Klagomål \"många\"",
                                "Reklamationer 12 mån",
                                ">= 2",
                                25,
                                PainKind.BEHOV,
                                "x")))
                    .withPotentialParameters(
                        List.of(
                            new ParameterSpec(
                                "sites", Optional.of(">= 3"), Optional.empty(), "x"))));

    ModelOptions back =
        SettingsFile.parse("kundfokus.yaml", SettingsFile.template("1.0", options)).model();

    assertThat(back.pain()).hasSize(1);
    assertThat(back.pain().get(0).name()).isEqualTo("Klagomål \"många\"");
    assertThat(back.pain().get(0).rule()).isEqualTo(">= 2");
    assertThat(back.potentialParameters().get(0).rule()).contains(">= 3");
  }
}
