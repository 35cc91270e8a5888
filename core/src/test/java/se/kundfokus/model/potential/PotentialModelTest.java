package se.kundfokus.model.potential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kundfokus.ingest.AttributeKind;
import se.kundfokus.model.rule.Attribute;
import se.kundfokus.model.rule.Condition;
import se.kundfokus.model.rule.Profile;
import se.kundfokus.model.rule.Rules;
import se.kundfokus.model.rule.Value;

/**
 * The potential model on a hand-made population of 100 active customers: 20 "red" of whom 8 are
 * best, 80 others of whom 8 are best; of the 20 red, 10 "big" with 6 best.
 */
class PotentialModelTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final Attribute COLOUR =
      Attribute.of("colour", "Colour", AttributeKind.CATEGORY, Attribute.Origin.COLUMN);
  private static final Attribute BIG =
      Attribute.of("big", "Big", AttributeKind.BOOLEAN, Attribute.Origin.COLUMN);
  private static final Condition RED = Rules.parse(COLOUR, "= red");
  private static final Condition IS_BIG = Rules.parse(BIG, "= yes");

  private static final List<Profile> active = new ArrayList<>();
  private static final Map<String, Double> revenue = new HashMap<>();
  private static final Set<String> best = new HashSet<>();

  @BeforeAll
  static void population() {
    for (int i = 0; i < 100; i++) {
      String id = "c" + i;
      boolean red = i < 20;
      boolean big = i < 10;
      boolean isBest = (i < 6) || (i >= 10 && i < 12) || (i >= 20 && i < 28);
      active.add(
          new Profile(
              id,
              Map.of("colour", new Value.Text(red ? "red" : "blue"), "big", new Value.Bool(big))));
      revenue.put(id, (double) (red ? 1000 + 100 * i : 10 * i));
      if (isBest) {
        best.add(id);
      }
    }
  }

  private static PotentialModel fit(List<ParameterChoice> choices, PotentialOptions options) {
    return PotentialModel.fit(choices, active, revenue, best, AS_OF, options, "settings");
  }

  @Test
  void pointsFollowTheLogarithmsOfTheLifts() {
    PotentialModel model =
        fit(
            List.of(
                new ParameterChoice(RED, Optional.empty()),
                new ParameterChoice(IS_BIG, Optional.empty())),
            new PotentialOptions());

    // Red: 8 of 20 best against 16 of 100: lift 2.5. Big, within the cells of red: the 10 big
    // (all red) hold 6 best where red customers are best 8 in 20: expected 4, lift 1.5.
    assertThat(model.parameters().get(0).lift()).isCloseTo(2.5, within(1e-9));
    assertThat(model.parameters().get(1).lift()).isCloseTo(1.5, within(1e-9));
    double red = Math.log(2.5);
    double big = Math.log(1.5);
    assertThat(model.parameters().get(0).points()).isCloseTo(100 * red / (red + big), within(0.01));
    assertThat(model.parameters().get(0).points() + model.parameters().get(1).points())
        .isCloseTo(100, within(0.02));
  }

  @Test
  void theUsersPointsWin() {
    PotentialModel model =
        fit(
            List.of(
                new ParameterChoice(RED, Optional.of(3.0)),
                new ParameterChoice(IS_BIG, Optional.of(1.0))),
            new PotentialOptions());

    assertThat(model.parameters())
        .extracting(WeightedParameter::points)
        .containsExactly(75.0, 25.0);
  }

  @Test
  void cellsHoldWhatComparableCustomersBuy() {
    PotentialModel model =
        fit(List.of(new ParameterChoice(RED, Optional.empty())), new PotentialOptions(75, 5));

    Cell reds = model.cells().get(1);
    assertThat(reds.meets()).containsExactly(true);
    assertThat(reds.customers()).isEqualTo(20);
    // Red revenues 1000, 1100, ..., 2900: the upper quartile interpolates at position 14.25.
    assertThat(reds.benchmark()).isCloseTo(1000 + 100 * 14.25, within(1e-9));
    assertThat(reds.medianRevenue()).isCloseTo(1950, within(1e-9));
    assertThat(model.cells().get(0).customers()).isEqualTo(80);
  }

  @Test
  void aCompanyScoresThePointsItMeetsAndThePotentialOfItsCell() {
    PotentialModel model =
        fit(
            List.of(
                new ParameterChoice(RED, Optional.of(60.0)),
                new ParameterChoice(IS_BIG, Optional.of(40.0))),
            new PotentialOptions(75, 5));
    Profile redSmall = new Profile("p", Map.of("colour", new Value.Text("Red")));

    PotentialScore score = model.score(redSmall, Optional.of(1000.0), AS_OF);

    assertThat(score.fit()).isEqualTo(60);
    Cell cell = model.cells().get(2);
    assertThat(cell.customers()).isEqualTo(10);
    assertThat(score.potential()).isCloseTo(cell.benchmark() - 1000, within(0.01));
    assertThat(score.reasons())
        .containsExactly(
            "meets Colour: red (+60 points)",
            "Big is not known (0 of 40 points)",
            String.format(
                java.util.Locale.ROOT,
                "The 10 active customers who meet the same (Colour: red) buy %,.0f a year"
                    + " (percentile 75; median %,.0f); this customer bought 1,000 in the last 12"
                    + " months: potential %,.0f",
                cell.benchmark(),
                cell.medianRevenue(),
                cell.benchmark() - 1000));
  }

  @Test
  void tooFewComparableCustomersFallBackToAllAndSaySo() {
    PotentialModel model =
        fit(
            List.of(
                new ParameterChoice(RED, Optional.empty()),
                new ParameterChoice(IS_BIG, Optional.empty())),
            new PotentialOptions(75, 50));

    PotentialScore prospect =
        model.score(
            new Profile("p", Map.of("colour", new Value.Text("red"))), Optional.empty(), AS_OF);

    assertThat(prospect.benchmark()).isEqualTo(model.everyone().benchmark());
    assertThat(prospect.potential()).isEqualTo(model.everyone().benchmark());
    assertThat(prospect.reasons().get(2))
        .startsWith(
            "All 100 active customers (only 10 meet the same parameters, too few to compare)")
        .endsWith(
            "potential "
                + String.format(java.util.Locale.ROOT, "%,.0f", model.everyone().benchmark())
                + " a year as a customer");
  }

  @Test
  void potentialIsNeverNegative() {
    PotentialModel model =
        fit(List.of(new ParameterChoice(RED, Optional.empty())), new PotentialOptions());

    PotentialScore rich =
        model.score(
            new Profile("c0", Map.of("colour", new Value.Text("red"))), Optional.of(1e9), AS_OF);

    assertThat(rich.potential()).isZero();
  }
}
