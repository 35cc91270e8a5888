package se.kundfokus.model.pain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kundfokus.ingest.AttributeKind;
import se.kundfokus.model.rule.Attribute;
import se.kundfokus.model.rule.Condition;
import se.kundfokus.model.rule.Profile;
import se.kundfokus.model.rule.Rules;
import se.kundfokus.model.rule.Value;

class PainModelTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final Attribute MANAGER =
      Attribute.of(
          "Ny inköpschef", "Ny inköpschef", AttributeKind.BOOLEAN, Attribute.Origin.COLUMN);
  private static final Attribute COMPLAINTS =
      Attribute.of("Reklamationer", "Reklamationer", AttributeKind.NUMBER, Attribute.Origin.COLUMN);

  private static PainParameter parameter(
      String name, Attribute a, String rule, double w, PainKind k) {
    Condition c = Rules.parse(a, rule);
    return new PainParameter(name, a.key(), c.rule(), c.describe(), w, k, c);
  }

  private static final PainModel MODEL =
      new PainModel(
          List.of(
              parameter("New manager", MANAGER, "= yes", 60, PainKind.BRIST),
              parameter("Complaints", COMPLAINTS, ">= 2", 20, PainKind.BEHOV)));

  @Test
  void painIsTheShareOfTheWeightsMetSplitByKind() {
    Profile both =
        new Profile(
            "c", Map.of("Ny inköpschef", new Value.Bool(true), "Reklamationer", new Value.Num(3)));
    Profile manager = new Profile("c", Map.of("Ny inköpschef", new Value.Bool(true)));

    assertThat(MODEL.score(both, AS_OF).orElseThrow().score()).isEqualTo(100);
    PainScore one = MODEL.score(manager, AS_OF).orElseThrow();
    assertThat(one.score()).isEqualTo(75);
    assertThat(one.brist()).isEqualTo(75);
    assertThat(one.behov()).isZero();
    assertThat(one.reasons())
        .containsExactly(
            "New manager: Ny inköpschef: yes, brist (unaware lack) (+75 points)",
            "Complaints: not known (0 of 25 points)");
  }

  @Test
  void withoutParametersThereIsNoPainScore() {
    assertThat(PainModel.none().score(new Profile("c", Map.of()), AS_OF)).isEmpty();
    assertThat(PainModel.none().hasParameters()).isFalse();
  }

  @Test
  void kindsReadInSwedishAndEnglish() {
    assertThat(PainKind.parse("Behov")).isEqualTo(PainKind.BEHOV);
    assertThat(PainKind.parse("lack")).isEqualTo(PainKind.BRIST);
    assertThatThrownBy(() -> PainKind.parse("urgent"))
        .hasMessage("'urgent' is not a kind of pain (expected behov or brist)");
  }
}
