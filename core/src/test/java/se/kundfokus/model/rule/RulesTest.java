package se.kundfokus.model.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kundfokus.ingest.AttributeKind;

class RulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final Attribute DIVISION =
      Attribute.of(
          "sni_division", "SNI division", AttributeKind.CATEGORY, Attribute.Origin.DERIVED);
  private static final Attribute SITES =
      Attribute.of("sites", "Sites", AttributeKind.NUMBER, Attribute.Origin.REGISTER);
  private static final Attribute MANAGER =
      Attribute.of(
          "Ny inköpschef", "Ny inköpschef", AttributeKind.BOOLEAN, Attribute.Origin.COLUMN);
  private static final Attribute CONTRACT =
      Attribute.of(
          "Avtalet löper ut", "Avtalet löper ut", AttributeKind.DATE, Attribute.Origin.COLUMN);

  private static Profile with(String key, Value value) {
    return new Profile("c1", Map.of(key, value));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          in 25, 28       | 28  | true  | in 25, 28   | SNI division: 25 or 28
          IN 25,28        | 10  | false | in 25, 28   | SNI division: 25 or 28
          = 25            | 25  | true  | = 25        | SNI division: 25
          != 25           | 25  | false | != 25       | SNI division: anything but 25
          not in 25, 28   | 10  | true  | not in 25, 28 | SNI division: anything but 25 or 28
          """)
  void categoryRules(String rule, String value, boolean meets, String written, String words) {
    Condition condition = Rules.parse(DIVISION, rule);

    assertThat(condition.test(with("sni_division", new Value.Text(value)), AS_OF)).contains(meets);
    assertThat(condition.rule()).isEqualTo(written);
    assertThat(condition.describe()).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          >= 3               | 3   | true  | >= 3               | Sites: 3 or more
          >= 3               | 2   | false | >= 3               | Sites: 3 or more
          > 2                | 3   | true  | > 2                | Sites: more than 2
          <= 10              | 11  | false | <= 10              | Sites: at most 10
          < 10               | 9.5 | true  | < 10               | Sites: under 10
          = 0                | 0   | true  | = 0                | Sites: 0
          between 50 and 249 | 249 | true  | between 50 and 249 | Sites: 50–249
          between 50 and 249 | 250 | false | between 50 and 249 | Sites: 50–249
          >= 2,5             | 2.5 | true  | >= 2.5             | Sites: 2.5 or more
          """)
  void numberRules(String rule, double value, boolean meets, String written, String words) {
    Condition condition = Rules.parse(SITES, rule);

    assertThat(condition.test(with("sites", new Value.Num(value)), AS_OF)).contains(meets);
    assertThat(condition.rule()).isEqualTo(written);
    assertThat(condition.describe()).isEqualTo(words);
  }

  @Test
  void yesOrNoInSwedishAndEnglish() {
    for (String yes : new String[] {"= yes", "= Ja", "= true", "= 1", "yes"}) {
      Condition condition = Rules.parse(MANAGER, yes);
      assertThat(condition.test(with("Ny inköpschef", new Value.Bool(true)), AS_OF))
          .as(yes)
          .contains(true);
      assertThat(condition.describe()).isEqualTo("Ny inköpschef: yes");
    }
    assertThat(
            Rules.parse(MANAGER, "= Nej").test(with("Ny inköpschef", new Value.Bool(true)), AS_OF))
        .contains(false);
  }

  @Test
  void datesRelativeToTheReferenceDate() {
    Condition soon = Rules.parse(CONTRACT, "within 6 months");
    Condition recent = Rules.parse(CONTRACT, "within the last 12 months");
    Condition before = Rules.parse(CONTRACT, "before 2026-03-01");

    assertThat(soon.test(with("Avtalet löper ut", new Value.Day(LocalDate.of(2026, 5, 31))), AS_OF))
        .contains(true);
    assertThat(soon.test(with("Avtalet löper ut", new Value.Day(LocalDate.of(2026, 8, 1))), AS_OF))
        .contains(false);
    assertThat(soon.test(with("Avtalet löper ut", new Value.Day(AS_OF)), AS_OF)).contains(false);
    assertThat(
            recent.test(with("Avtalet löper ut", new Value.Day(LocalDate.of(2025, 2, 1))), AS_OF))
        .contains(true);
    assertThat(
            before.test(with("Avtalet löper ut", new Value.Day(LocalDate.of(2026, 2, 28))), AS_OF))
        .contains(true);
    assertThat(soon.rule()).isEqualTo("within 6 months");
    assertThat(soon.describe()).isEqualTo("Avtalet löper ut: within 6 months");
    assertThat(recent.rule()).isEqualTo("within the last 12 months");
    assertThat(recent.describe()).isEqualTo("Avtalet löper ut: within the last 12 months");
  }

  @Test
  void anUnknownValueNeitherMeetsNorFails() {
    Profile empty = new Profile("c1", Map.of());

    assertThat(Rules.parse(SITES, ">= 3").test(empty, AS_OF)).isEqualTo(Optional.empty());
    assertThat(Rules.parse(SITES, ">= 3").meets(empty, AS_OF)).isFalse();
    assertThat(new Condition.Not(Rules.parse(SITES, ">= 3")).meets(empty, AS_OF)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          sites    | lots       | 'lots' is not a rule for Sites (a number; expected >= N, > N, <= N, < N, = N or between A and B)
          sites    | between 9 and 3 | 'between 9 and 3' is not a rule for Sites (a number; expected >= N, > N, <= N, < N, = N or between A and B)
          manager  | = maybe    | '= maybe' is not a rule for Ny inköpschef (yes or no; expected = yes or = no)
          contract | soon       | 'soon' is not a rule for Avtalet löper ut (a date; expected within N months, within the last N months, before yyyy-MM-dd or after yyyy-MM-dd)
          division | >= 25      | '>= 25' is not a rule for SNI division (a category; expected = VALUE, != VALUE, in A, B or not in A, B)
          """)
  void aRuleThatDoesNotFitItsAttributeSaysWhatItTakes(String which, String rule, String message) {
    Attribute attribute =
        switch (which) {
          case "sites" -> SITES;
          case "manager" -> MANAGER;
          case "contract" -> CONTRACT;
          default -> DIVISION;
        };
    assertThatThrownBy(() -> Rules.parse(attribute, rule))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
