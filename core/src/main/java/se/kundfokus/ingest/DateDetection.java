package se.kundfokus.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DateParser#detect} found in a column: exactly one of {@link One}, {@link Ambiguous}
 * or {@link None}.
 */
sealed interface DateDetection {

  /** Every value reads as this form, and no other form is as good. */
  record One(DateForm form) implements DateDetection {
    public One {
      Objects.requireNonNull(form, "form must not be null");
    }
  }

  /**
   * Every value reads in each of these forms, with different dates, e.g. {@code 03/04/2024} as
   * {@code d/M/yyyy} and as {@code M/d/yyyy}. Decided per column, never per value: the user
   * chooses.
   */
  record Ambiguous(List<DateForm> candidates) implements DateDetection {
    public Ambiguous {
      candidates = List.copyOf(candidates);
      if (candidates.size() < 2) {
        throw new IllegalArgumentException(
            "candidates must hold at least two forms, was " + candidates);
      }
    }

    /**
     * What to tell the user: {@code every value reads as d/M/yyyy and as M/d/yyyy; choose with
     * --date-format d/M/yyyy or --date-format M/d/yyyy}.
     */
    String advice() {
      StringBuilder text = new StringBuilder("every value reads as ");
      StringBuilder options = new StringBuilder("; choose with ");
      for (int i = 0; i < candidates.size(); i++) {
        String separator = i == 0 ? "" : i == candidates.size() - 1 ? " and as " : ", as ";
        text.append(separator).append(candidates.get(i).pattern());
        options
            .append(i == 0 ? "" : " or ")
            .append("--date-format ")
            .append(candidates.get(i).pattern());
      }
      return text.append(options).toString();
    }
  }

  /**
   * No form reads every value.
   *
   * @param value the first value that the closest form does not read (the first value when no form
   *     reads any)
   * @param closest the form that reads most values, if any reads one
   * @param tried every form that was tried, in order of preference
   */
  record None(String value, Optional<DateForm> closest, List<DateForm> tried)
      implements DateDetection {
    public None {
      Objects.requireNonNull(value, "value must not be null");
      Objects.requireNonNull(closest, "closest must not be null");
      tried = List.copyOf(tried);
    }

    /**
     * What is wrong, for a message after the value, e.g. {@code is not a date (expected a date like
     * 2024-03-31 (yyyy-MM-dd), as the other values)} or {@code is not a date (tried yyyy-MM-dd,
     * …)}.
     */
    String problem() {
      if (closest.isPresent()) {
        return "is not a date (expected "
            + DateParser.expected(closest.get())
            + ", as the other values)";
      }
      StringBuilder text = new StringBuilder("is not a date (tried ");
      for (int i = 0; i < tried.size(); i++) {
        text.append(i == 0 ? "" : ", ").append(tried.get(i).pattern());
      }
      return text.append(')').toString();
    }
  }
}
