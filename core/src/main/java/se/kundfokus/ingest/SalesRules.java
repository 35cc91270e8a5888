package se.kundfokus.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a sales line: a date on or before today, an amount (or quantity and unit price to
 * compute it), and the counts of what is kept but worth knowing: credit notes, zero amounts and
 * lines without a customer.
 */
final class SalesRules {
  private static final List<Field> FIELDS = Table.SALES.fields();
  private static final int DATE = FIELDS.indexOf(Field.DATE);
  private static final int CUSTOMER = FIELDS.indexOf(Field.CUSTOMER_ID);
  private static final int QUANTITY = FIELDS.indexOf(Field.QUANTITY);
  private static final int UNIT_PRICE = FIELDS.indexOf(Field.UNIT_PRICE);
  private static final int AMOUNT = FIELDS.indexOf(Field.AMOUNT);

  private final ColumnMap map;
  private final RowCheck check;
  private final LocalDate today;
  private long creditNotes;
  private long zeroAmounts;
  private long anonymous;

  SalesRules(ColumnMap map, RowCheck check, LocalDate today) {
    this.map = map;
    this.check = check;
    this.today = today;
  }

  /** Checks a line whose fields were read into {@code values}, and computes a missing amount. */
  void check(RawRow row, String where, @Nullable Object[] values) {
    int dateColumn = map.index(Field.DATE);
    LocalDate date = (LocalDate) values[DATE];
    if (date == null && row.cell(dateColumn).isBlank()) {
      check.empty(where, dateColumn, "an invoice date");
    } else if (date != null && date.isAfter(today)) {
      check.value(
          where,
          dateColumn,
          row.cell(dateColumn).strip(),
          "is after today, " + today + " (expected a sales date on or before today)");
    }
    if (values[CUSTOMER] == null) {
      anonymous++;
    }
    if (map.has(Field.AMOUNT)) {
      if (values[AMOUNT] == null && row.cell(map.index(Field.AMOUNT)).isBlank()) {
        check.empty(where, map.index(Field.AMOUNT), "an amount");
      }
    } else {
      values[AMOUNT] = derivedAmount(row, where, values);
    }
    Object amount = values[AMOUNT];
    if (amount != null && !check.rowHasProblems()) {
      double value = (Double) amount;
      if (value < 0) {
        creditNotes++;
      } else if (value == 0) {
        zeroAmounts++;
      }
    }
  }

  private @Nullable Double derivedAmount(RawRow row, String where, @Nullable Object[] values) {
    Object quantity = values[QUANTITY];
    Object price = values[UNIT_PRICE];
    if (quantity == null && row.cell(map.index(Field.QUANTITY)).isBlank()) {
      check.empty(where, map.index(Field.QUANTITY), "a quantity, to compute the amount");
    }
    if (price == null && row.cell(map.index(Field.UNIT_PRICE)).isBlank()) {
      check.empty(where, map.index(Field.UNIT_PRICE), "a unit price, to compute the amount");
    }
    if (quantity == null || price == null) {
      return null;
    }
    // Rounded to 6 decimals so that 12 × 6.95 is 83.4, as the user computes it.
    return Math.round((Double) quantity * (Double) price * 1e6) / 1e6;
  }

  List<String> notices() {
    List<String> notices = new ArrayList<>();
    if (!map.has(Field.AMOUNT)) {
      notices.add(
          "amount computed as "
              + map.name(map.index(Field.QUANTITY))
              + " × "
              + map.name(map.index(Field.UNIT_PRICE))
              + " on every line");
    }
    if (creditNotes > 0) {
      notices.add(
          Counts.of(creditNotes, "line") + " with a negative amount (credit notes, returns) kept");
    }
    if (zeroAmounts > 0) {
      notices.add(Counts.of(zeroAmounts, "line") + " with amount 0 kept");
    }
    if (anonymous > 0) {
      notices.add(
          Counts.of(anonymous, "line")
              + " without a customer id kept as anonymous sales (not part of the customer"
              + " analysis)");
    }
    return notices;
  }
}
