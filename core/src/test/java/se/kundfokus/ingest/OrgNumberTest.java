package se.kundfokus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The valid numbers are published organisation numbers and Skatteverket's example personnummer;
 * their check digits were computed independently of this code (Luhn over the last ten digits).
 */
class OrgNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "556036-0793",
        "5560360793",
        " 556036-0793 ",
        "556012-5790",
        "556074-3089",
        "556016-0680",
        "202100-5489",
        "212000-0142",
        "811218-9876",
        "811218+9876",
        "165560360793",
        "16556036-0793",
        "198112189876",
        "19811218-9876",
        "205560360793",
      })
  void acceptsValidNumbers(String text) {
    assertThat(OrgNumber.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "556036-0794",
        "556036-0739",
        "5560360794",
        "556036 0793",
        "556036--0793",
        "5560-360793",
        "55603607",
        "55603607930",
        "155560360793",
        "17556036-0793",
        "16556036+0793",
        "556036-079A",
        "556036_0793",
        "５５６０３６-０７９３",
      })
  void rejectsInvalidNumbers(String text) {
    assertThat(OrgNumber.isValid(text)).isFalse();
  }

  @Test
  void expectedText() {
    assertThat(OrgNumber.expected())
        .isEqualTo(
            "a Swedish organisation number like 556036-0793 (10 digits with a valid check digit)");
  }
}
