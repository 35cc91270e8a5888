package se.kundfokus.model.churn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DistinctTest {

  @Test
  void numbersTheDistinctValuesInAscendingOrder() {
    Distinct distinct = Distinct.of(new long[] {7, -3, 7, 0, 12, -3, 7});

    assertThat(distinct.values()).containsExactly(-3, 0, 7, 12);
    assertThat(distinct.indices()).containsExactly(2, 0, 2, 1, 3, 0, 2);
    assertThat(distinct.size()).isEqualTo(4);
    assertThat(distinct.indexBits()).isEqualTo(2);
  }

  @Test
  void growsItsTableForManyValues() {
    Random random = new Random(SimulatedPopulations.DEFAULT_SEED);
    int[] values = new int[50_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(20_000) * 7919;
    }

    Distinct distinct = Distinct.of(values);

    long[] expected = Arrays.stream(values).asLongStream().distinct().sorted().toArray();
    assertThat(distinct.values()).containsExactly(expected);
    for (int i = 0; i < values.length; i++) {
      assertThat(distinct.values()[distinct.indices()[i]]).isEqualTo(values[i]);
    }
  }

  @Test
  void indexBitsHoldEveryIndex() {
    assertThat(Distinct.of(new long[] {5}).indexBits()).isZero();
    assertThat(Distinct.of(new long[] {5, 6}).indexBits()).isEqualTo(1);
    assertThat(Distinct.of(new long[] {1, 2, 3, 4, 5}).indexBits()).isEqualTo(3);
  }

  @Test
  void radixSortSortsLikeArraysSort() {
    Random random = new Random(SimulatedPopulations.DEFAULT_SEED);
    for (int bits : new int[] {1, 11, 12, 31, 63}) {
      long[] keys = new long[10_001];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = random.nextLong() >>> (Long.SIZE - bits);
      }
      long[] expected = keys.clone();
      Arrays.sort(expected);

      Distinct.sort(keys, bits);

      assertThat(keys).as("%d bits", bits).containsExactly(expected);
    }
  }

  @Test
  void bitsOfNonNegativeDoublesSortAsTheDoubles() {
    double[] values = {0.0, 1e-300, 1 / 7.0, 1.0, 3.0, 1e300};
    for (int i = 1; i < values.length; i++) {
      assertThat(Distinct.bits(values[i])).isGreaterThan(Distinct.bits(values[i - 1]));
    }
    assertThat(Distinct.bits(-0.0)).isEqualTo(Distinct.bits(0.0));
    assertThat(Distinct.doubles(new long[] {Distinct.bits(2.5)})).containsExactly(2.5);
  }
}
