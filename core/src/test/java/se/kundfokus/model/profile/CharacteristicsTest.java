package se.kundfokus.model.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kundfokus.ingest.AttributeKind;
import se.kundfokus.model.rule.Attribute;
import se.kundfokus.model.rule.Profile;
import se.kundfokus.model.rule.Value;

/**
 * Characteristics on seeded synthetic customers whose true drivers are known: being "red" and
 * having 100 employees or more make a customer best far more often; "shade" repeats "colour" under
 * another name; "region" is noise; "code" is an identifier; "survey" is mostly empty.
 */
class CharacteristicsTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final Attribute COLOUR = category("colour");
  private static final Attribute SHADE = category("shade");
  private static final Attribute REGION = category("region");
  private static final Attribute CODE = category("code");
  private static final Attribute SURVEY = category("survey");
  private static final Attribute EMPLOYEES =
      Attribute.of("employees", "Employees", AttributeKind.NUMBER, Attribute.Origin.REGISTER);
  private static final Attribute GROWTH_FACT =
      Attribute.of("fact.growth", "Growth", AttributeKind.NUMBER, Attribute.Origin.FACT);
  private static final List<Attribute> ATTRIBUTES =
      List.of(COLOUR, SHADE, REGION, CODE, SURVEY, EMPLOYEES, GROWTH_FACT);

  private static Attribute category(String key) {
    return Attribute.of(key, key, AttributeKind.CATEGORY, Attribute.Origin.COLUMN);
  }

  private record Population(List<Profile> profiles, Set<String> best) {}

  /** Best with probability 0.08, times 4 when red, times 3 with 100+ employees. */
  private static Population population(int n, long seed, boolean withDrivers) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] colours = {"red", "green", "blue", "yellow"};
    String[] regions = {"north", "south", "east", "west", "middle"};
    List<Profile> profiles = new ArrayList<>();
    Set<String> best = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String id = "c" + i;
      String colour = colours[random.nextInt(colours.length)];
      double employees = Math.round(Math.exp(3.5 + random.nextGaussian()));
      Map<String, Value> values = new HashMap<>();
      values.put("colour", new Value.Text(colour));
      values.put("shade", new Value.Text(colour.toUpperCase(java.util.Locale.ROOT)));
      values.put("region", new Value.Text(regions[random.nextInt(regions.length)]));
      values.put("code", new Value.Text("X" + i));
      if (random.nextDouble() < 0.3) {
        values.put("survey", new Value.Text(random.nextBoolean() ? "happy" : "unhappy"));
      }
      values.put("employees", new Value.Num(employees));
      values.put("fact.growth", new Value.Num(random.nextGaussian()));
      double p = 0.08;
      if (withDrivers) {
        p *= (colour.equals("red") ? 4 : 1) * (employees >= 100 ? 3 : 1);
      }
      if (random.nextDouble() < Math.min(1, p)) {
        best.add(id);
      }
      profiles.add(new Profile(id, values));
    }
    return new Population(profiles, best);
  }

  private static Characteristics find(Population population) {
    return Characteristics.find(
        ATTRIBUTES, population.profiles(), population.best(), AS_OF, new CharacteristicsOptions());
  }

  private static AttributeEvidence evidence(Characteristics c, String attribute) {
    return c.attributes().stream()
        .filter(e -> e.attribute().equals(attribute))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void proposesExactlyTheTrueDrivers(long seed) {
    Characteristics c = find(population(3000, seed, true));

    assertThat(c.proposal())
        .extracting(Parameter::attribute)
        .containsExactly("colour", "employees");
    assertThat(c.proposal().get(0).rule()).isEqualTo("= red");
    assertThat(c.proposal().get(1).rule()).startsWith(">= ");
    double threshold = Double.parseDouble(c.proposal().get(1).rule().substring(3));
    assertThat(threshold).isBetween(60.0, 160.0);
    assertThat(c.proposal()).allSatisfy(p -> assertThat(p.conditionalLift()).isGreaterThan(1.5));
  }

  @Test
  void anAttributeThatRepeatsAChosenOneIsMarkedSo() {
    Characteristics c = find(population(3000, 1, true));

    AttributeEvidence shade = evidence(c, "shade");
    assertThat(shade.status()).isEqualTo(AttributeEvidence.Status.REPEATS);
    assertThat(shade.reason()).contains("no more than colour already does");
    assertThat(shade.bestCondition().orElseThrow().lift()).isGreaterThan(1.5);
  }

  @Test
  void noiseIdentifiersEmptyColumnsAndFactsAreNotProposed() {
    Characteristics c = find(population(3000, 2, true));

    assertThat(evidence(c, "region").status())
        .isIn(AttributeEvidence.Status.NOT_SIGNIFICANT, AttributeEvidence.Status.WEAK);
    assertThat(evidence(c, "code").status()).isEqualTo(AttributeEvidence.Status.TOO_MANY_VALUES);
    assertThat(evidence(c, "survey").status()).isEqualTo(AttributeEvidence.Status.TOO_FEW_VALUES);
    assertThat(evidence(c, "survey").reason())
        .matches("only 3\\d % of the customers have a value \\(at least 50 % needed\\)");
    assertThat(c.attributes())
        .extracting(AttributeEvidence::attribute)
        .doesNotContain("fact.growth");
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15})
  void proposesNothingWhenBeingBestIsChance(long seed) {
    Characteristics c = find(population(2000, seed, false));

    assertThat(c.proposal()).isEmpty();
    assertThat(c.notes()).anyMatch(n -> n.startsWith("no attribute separates the best customers"));
  }

  @Test
  void groupsCountTheBestCustomersPerValue() {
    Population population = population(3000, 1, true);
    Characteristics c = find(population);

    AttributeEvidence colour = evidence(c, "colour");
    GroupEvidence red =
        colour.groups().stream().filter(g -> g.value().equals("red")).findFirst().orElseThrow();
    long reds =
        population.profiles().stream()
            .filter(p -> p.value("colour").map(Value::display).equals(Optional.of("red")))
            .count();
    long bestReds =
        population.profiles().stream()
            .filter(p -> p.value("colour").map(Value::display).equals(Optional.of("red")))
            .filter(p -> population.best().contains(p.id()))
            .count();
    assertThat(red.customers()).isEqualTo(reds);
    assertThat(red.bestCustomers()).isEqualTo(bestReds);
    assertThat(red.lift())
        .isCloseTo(
            (double) bestReds / reds / c.bestShare(), org.assertj.core.api.Assertions.within(1e-3));
    assertThat(colour.groups().stream().mapToLong(GroupEvidence::customers).sum()).isEqualTo(3000);
    assertThat(evidence(c, "employees").groups())
        .extracting(GroupEvidence::value)
        .allMatch(v -> v.matches("at most \\d+|\\d+–\\d+|\\d+ or more|unknown"));
  }

  @Test
  void theRuleTreeReadsAsRules() {
    Characteristics c = find(population(3000, 3, true));

    assertThat(c.rules()).isNotEmpty();
    RuleLeaf richest = c.rules().get(0);
    assertThat(richest.conditions()).anyMatch(w -> w.equals("colour: red"));
    assertThat(richest.description())
        .matches(".* → \\d+ % are best customers \\(\\d+ of \\d+\\) vs \\d+ % otherwise");
    assertThat(c.rules().stream().mapToLong(RuleLeaf::customers).sum()).isEqualTo(3000);
    assertThat(richest.bestShare()).isGreaterThan(richest.bestShareOtherwise());
  }

  @Test
  void withoutAttributesItSaysSo() {
    Population population = population(200, 1, true);
    List<Profile> bare =
        population.profiles().stream().map(p -> new Profile(p.id(), Map.of())).toList();

    Characteristics c =
        Characteristics.find(
            ATTRIBUTES, bare, population.best(), AS_OF, new CharacteristicsOptions());

    assertThat(c.proposal()).isEmpty();
    assertThat(c.notes())
        .anyMatch(n -> n.startsWith("the customers have no attributes to compare"));
  }
}
