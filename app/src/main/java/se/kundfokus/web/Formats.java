package se.kundfokus.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import se.kundfokus.report.Language;

/**
 * Numbers, money, shares and dates as a person reads them in a language: {@code 1 234 567} and
 * {@code 12 %} in Swedish, {@code 1,234,567} and {@code 12%} in English. Called from the templates.
 */
public final class Formats {
  private static final String NONE = "–";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

  private final Language language;

  Formats(Language language) {
    this.language = language;
  }

  /** A whole amount of money, without decimals. */
  public String money(double amount) {
    return integer(Math.round(amount));
  }

  public String money(Optional<Double> amount) {
    return amount.map(this::money).orElse(NONE);
  }

  public String integer(long value) {
    return NumberFormat.getIntegerInstance(language.locale()).format(value);
  }

  /** A number with at most {@code decimals} decimals. */
  public String number(double value, int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(language.locale());
    format.setMaximumFractionDigits(decimals);
    format.setMinimumFractionDigits(0);
    return format.format(value);
  }

  /** A score from 0 to 100, whole. */
  public String score(Optional<Double> value) {
    return value.map(v -> number(v, 0)).orElse(NONE);
  }

  /** A share (0.12) as a percentage: {@code 12 %} or {@code 12%}. */
  public String percent(double share) {
    return number(100 * share, 0) + (language == Language.SV ? " %" : "%");
  }

  public String percent(Optional<Double> share) {
    return share.map(this::percent).orElse(NONE);
  }

  /** A change (0.12, −0.3) with its sign: {@code +12 %}, {@code −30 %}. */
  public String change(Optional<Double> share) {
    return share.map(s -> (s > 0 ? "+" : "") + percent(s)).orElse(NONE);
  }

  public String date(LocalDate date) {
    return date.toString();
  }

  public String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse(NONE);
  }

  /** A moment in Swedish time, to the minute. */
  public String time(Instant instant) {
    return TIME.format(instant);
  }
}
