package se.kundfokus.model.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentationTest {
  private static final Segmentation DEFAULTS = new Segmentation(new SegmentationOptions());

  @ParameterizedTest
  @CsvSource({
    "100, 40, PRIORITISE, 'fit 100 >= 40, pain 40 >= 30'",
    "40, 0, AWAKEN_NEED, 'fit 40 >= 40, pain 0 < 30'",
    "39, 30, SERVE_EFFICIENTLY, 'fit 39 < 40, pain 30 >= 30'",
    "0, 0, DEPRIORITISE, 'fit 0 < 40, pain 0 < 30'"
  })
  void potentialTimesPain(double fit, double pain, SegmentKey segment, String reason) {
    Placement placement = DEFAULTS.place(Optional.of(fit), Optional.of(pain));

    assertThat(placement.segment()).isEqualTo(segment);
    assertThat(placement.reason()).isEqualTo(reason);
    assertThat(placement.name()).isEqualTo(new SegmentationOptions().label(segment).name());
  }

  @ParameterizedTest
  @CsvSource({"56, PRIORITISE", "20, SERVE_EFFICIENTLY"})
  void withoutPainOnPotentialAlone(double fit, SegmentKey segment) {
    Placement placement = DEFAULTS.place(Optional.of(fit), Optional.empty());

    assertThat(placement.segment()).isEqualTo(segment);
    assertThat(placement.reason()).endsWith("(no pain parameters: placed on potential alone)");
  }

  @ParameterizedTest
  @CsvSource({"80", "0"})
  void withoutPotentialNothingIsSegmented(double pain) {
    assertThat(DEFAULTS.place(Optional.empty(), Optional.of(pain)).segment())
        .isEqualTo(SegmentKey.NOT_SEGMENTED);
  }

  @ParameterizedTest
  @CsvSource({"70, 10, AWAKEN_NEED", "70, 60, PRIORITISE"})
  void thresholdsAndNamesAreSettings(double fit, double pain, SegmentKey segment) {
    Segmentation custom =
        new Segmentation(
            new SegmentationOptions(
                60,
                50,
                Map.of(SegmentKey.PRIORITISE, new SegmentLabel("Full fart", "Ring idag."))));

    Placement placement = custom.place(Optional.of(fit), Optional.of(pain));

    assertThat(placement.segment()).isEqualTo(segment);
    if (segment == SegmentKey.PRIORITISE) {
      assertThat(placement.name()).isEqualTo("Full fart");
      assertThat(placement.action()).isEqualTo("Ring idag.");
    }
  }
}
