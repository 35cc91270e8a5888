package se.kundfokus.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GenerationOptionsTest {

  @Test
  void defaults() {
    GenerationOptions options = new GenerationOptions();
    assertThat(options)
        .isEqualTo(
            new GenerationOptions(
                1000, 3, 20261122L, FileFormat.SWEDISH, LocalDate.of(2025, 12, 31), 200));
    assertThat(options.startDate()).isEqualTo(LocalDate.of(2023, 1, 1));
  }

  @Test
  void withMethodsChangeOneComponent() {
    GenerationOptions options =
        new GenerationOptions()
            .withCustomers(5)
            .withYears(20)
            .withSeed(1)
            .withFormat(FileFormat.ENGLISH)
            .withEndDate(LocalDate.of(2020, 6, 30))
            .withProspects(0);
    assertThat(options)
        .isEqualTo(
            new GenerationOptions(5, 20, 1, FileFormat.ENGLISH, LocalDate.of(2020, 6, 30), 0));
  }

  @Test
  void rejectsInvalidValues() {
    GenerationOptions options = new GenerationOptions();
    assertThatThrownBy(() -> options.withCustomers(0))
        .hasMessage("customers must be at least 1, was 0");
    assertThatThrownBy(() -> options.withYears(21))
        .hasMessage("years must be between 1 and 20, was 21");
    assertThatThrownBy(() -> options.withYears(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> options.withProspects(-1))
        .hasMessage("prospects must not be negative, was -1");
  }
}
