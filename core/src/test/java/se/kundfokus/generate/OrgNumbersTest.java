package se.kundfokus.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrgNumbersTest {

  @Test
  void luhnDigitOfRealOrganisationNumbers() {
    assertThat(OrgNumbers.luhnDigit("556016068")).isZero(); // 556016-0680
    assertThat(OrgNumbers.luhnDigit("212000014")).isEqualTo(2); // 212000-0142
  }

  @Test
  void numbersAreDistinctAndShapedByCompanyType() {
    Set<String> seen = new HashSet<>();
    for (long index = 0; index < 50_000; index++) {
      String number = OrgNumbers.of(42, index, (int) (index % 4));
      assertThat(seen.add(number)).as(number).isTrue();
      assertThat(number).matches("\\d{6}-\\d{4}");
      assertThat(number.charAt(2)).isBetween('2', '9');
    }
    assertThat(OrgNumbers.of(42, 7, 0)).startsWith("55");
    assertThat(OrgNumbers.of(42, 7, 1)).startsWith("96");
    assertThat(OrgNumbers.of(42, 7, 3)).startsWith("76");
  }
}
