package se.kundfokus.model.rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers as a person writes them. */
final class Numbers {
  private Numbers() {}

  /** 3 as "3", 0.25 as "0.25", 1234567 as "1 234 567"; at most 3 significant decimals. */
  static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return grouped((long) value);
    }
    BigDecimal rounded =
        new BigDecimal(value).round(new MathContext(Math.max(3, digits(value) + 2)));
    return rounded.stripTrailingZeros().toPlainString();
  }

  private static int digits(double value) {
    return Math.max(1, (int) Math.floor(Math.log10(Math.max(1, Math.abs(value)))) + 1);
  }

  private static String grouped(long value) {
    String digits = String.format(Locale.ROOT, "%,d", value);
    return digits.replace(',', ' ');
  }

  /** A "nice" number near {@code value}: 1, 2, 2.5 or 5 times a power of ten, rounded up. */
  static double niceAtLeast(double value) {
    if (value <= 0) {
      return value == 0 ? 0 : -niceAtMost(-value);
    }
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10}) {
      if (step * power >= value * (1 - 1e-12)) {
        return new BigDecimal(step * power)
            .round(new MathContext(3, RoundingMode.HALF_UP))
            .doubleValue();
      }
    }
    return 10 * power;
  }

  /** A "nice" number near {@code value}, rounded down. */
  static double niceAtMost(double value) {
    if (value <= 0) {
      return value == 0 ? 0 : -niceAtLeast(-value);
    }
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    double[] steps = {10, 7.5, 5, 4, 3, 2.5, 2, 1.5, 1};
    for (double step : steps) {
      if (step * power <= value * (1 + 1e-12)) {
        return new BigDecimal(step * power)
            .round(new MathContext(3, RoundingMode.HALF_UP))
            .doubleValue();
      }
    }
    return power;
  }
}
