package se.kundfokus.model.churn;

import java.util.Arrays;

/**
 * Grouping without boxing: the distinct values of a {@code long} array, sorted, with each element's
 * index among them ({@link #of}), found with an open-addressing hash table rather than a map of
 * boxed keys; and a radix sort of non-negative keys ({@link #sort}).
 */
final class Distinct {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final int RADIX_BITS = 11;

  /** The distinct values, ascending. */
  private final long[] values;

  /** Each element's index in {@link #values}. */
  private final int[] indices;

  private Distinct(long[] values, int[] indices) {
    this.values = values;
    this.indices = indices;
  }

  long[] values() {
    return values;
  }

  int[] indices() {
    return indices;
  }

  int size() {
    return values.length;
  }

  /** The number of bits that hold every index. */
  int indexBits() {
    return Long.SIZE - Long.numberOfLeadingZeros(Math.max(0, values.length - 1));
  }

  /** The distinct values of {@code elements} and each element's index among them. */
  static Distinct of(long[] elements) {
    int bits = 4;
    long[] keys = new long[1 << bits];
    int[] slots = new int[1 << bits];
    Arrays.fill(slots, -1);
    long[] firstSeen = new long[16];
    int[] ids = new int[elements.length];
    int size = 0;
    for (int i = 0; i < elements.length; i++) {
      long value = elements[i];
      int mask = (1 << bits) - 1;
      int slot = (int) ((value * GOLDEN) >>> (Long.SIZE - bits));
      while (slots[slot] >= 0 && keys[slot] != value) {
        slot = (slot + 1) & mask;
      }
      if (slots[slot] >= 0) {
        ids[i] = slots[slot];
        continue;
      }
      if (size == firstSeen.length) {
        firstSeen = Arrays.copyOf(firstSeen, 2 * size);
      }
      firstSeen[size] = value;
      keys[slot] = value;
      slots[slot] = size;
      ids[i] = size++;
      if (2 * size > 1 << bits) {
        bits++;
        keys = new long[1 << bits];
        slots = rehash(firstSeen, size, keys, bits);
      }
    }
    long[] sorted = Arrays.copyOf(firstSeen, size);
    Arrays.sort(sorted);
    int[] rank = new int[size];
    for (int id = 0; id < size; id++) {
      rank[id] = Arrays.binarySearch(sorted, firstSeen[id]);
    }
    for (int i = 0; i < ids.length; i++) {
      ids[i] = rank[ids[i]];
    }
    return new Distinct(sorted, ids);
  }

  private static int[] rehash(long[] firstSeen, int size, long[] keys, int bits) {
    int[] slots = new int[1 << bits];
    Arrays.fill(slots, -1);
    int mask = (1 << bits) - 1;
    for (int id = 0; id < size; id++) {
      int slot = (int) ((firstSeen[id] * GOLDEN) >>> (Long.SIZE - bits));
      while (slots[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = firstSeen[id];
      slots[slot] = id;
    }
    return slots;
  }

  /** The distinct values of {@code elements} and each element's index among them. */
  static Distinct of(int[] elements) {
    long[] widened = new long[elements.length];
    for (int i = 0; i < elements.length; i++) {
      widened[i] = elements[i];
    }
    return of(widened);
  }

  /**
   * Sorts {@code keys}, none negative and all below 2<sup>{@code bits}</sup>, by least significant
   * digit first, 11 bits a pass.
   */
  static void sort(long[] keys, int bits) {
    long[] from = keys;
    long[] to = new long[keys.length];
    int[] counts = new int[1 << RADIX_BITS];
    for (int shift = 0; shift < bits; shift += RADIX_BITS) {
      Arrays.fill(counts, 0);
      for (long key : from) {
        counts[(int) (key >>> shift) & ((1 << RADIX_BITS) - 1)]++;
      }
      int position = 0;
      for (int digit = 0; digit < counts.length; digit++) {
        int count = counts[digit];
        counts[digit] = position;
        position += count;
      }
      for (long key : from) {
        to[counts[(int) (key >>> shift) & ((1 << RADIX_BITS) - 1)]++] = key;
      }
      long[] swap = from;
      from = to;
      to = swap;
    }
    if (from != keys) {
      System.arraycopy(from, 0, keys, 0, keys.length);
    }
  }

  /**
   * The bits of a non-negative double, which sort as the doubles do; -0.0 counts as 0.0.
   *
   * @param value finite and not negative
   */
  static long bits(double value) {
    return Double.doubleToLongBits(value + 0.0);
  }

  /** The doubles whose {@link #bits} these are. */
  static double[] doubles(long[] bits) {
    double[] values = new double[bits.length];
    for (int i = 0; i < bits.length; i++) {
      values[i] = Double.longBitsToDouble(bits[i]);
    }
    return values;
  }
}
