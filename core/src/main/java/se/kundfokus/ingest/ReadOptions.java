package se.kundfokus.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read one file, where detection should not decide: each setting left empty is detected from
 * the file. Build with {@link #builder()}.
 */
public final class ReadOptions {
  private static final ReadOptions DETECT_ALL = builder().build();

  private final Optional<FieldSeparator> separator;
  private final Optional<Charset> charset;
  private final Optional<DecimalStyle> decimal;
  private final Optional<String> dateFormat;
  private final Optional<Integer> headerRow;
  private final Optional<String> sheet;

  private ReadOptions(Builder builder) {
    this.separator = builder.separator;
    this.charset = builder.charset;
    this.decimal = builder.decimal;
    this.dateFormat = builder.dateFormat;
    this.headerRow = builder.headerRow;
    this.sheet = builder.sheet;
  }

  /** Detect everything. */
  public static ReadOptions detectAll() {
    return DETECT_ALL;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads a user's character set name, e.g. {@code UTF-8} or {@code windows-1252}. */
  public static Charset charsetNamed(String name) {
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException(
          "'" + name + "' is not a character set (expected e.g. UTF-8, windows-1252, ISO-8859-1)",
          e);
    }
  }

  /** A builder holding these settings, to change some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.separator = separator;
    builder.charset = charset;
    builder.decimal = decimal;
    builder.dateFormat = dateFormat;
    builder.headerRow = headerRow;
    builder.sheet = sheet;
    return builder;
  }

  /** These settings, with each one that is empty here taken from {@code fallback}. */
  public ReadOptions orElse(ReadOptions fallback) {
    Builder builder = new Builder();
    builder.separator = separator.or(() -> fallback.separator);
    builder.charset = charset.or(() -> fallback.charset);
    builder.decimal = decimal.or(() -> fallback.decimal);
    builder.dateFormat = dateFormat.or(() -> fallback.dateFormat);
    builder.headerRow = headerRow.or(() -> fallback.headerRow);
    builder.sheet = sheet.or(() -> fallback.sheet);
    return builder.build();
  }

  public Optional<FieldSeparator> separator() {
    return separator;
  }

  public Optional<Charset> charset() {
    return charset;
  }

  public Optional<DecimalStyle> decimal() {
    return decimal;
  }

  /** A date format such as {@code d/M/yyyy}, for columns whose dates are ambiguous. */
  public Optional<String> dateFormat() {
    return dateFormat;
  }

  /** The 1-based row that holds the column names; 0 means the file has no header row. */
  public Optional<Integer> headerRow() {
    return headerRow;
  }

  /** The sheet of a workbook, by name or 1-based number. */
  public Optional<String> sheet() {
    return sheet;
  }

  @Override
  public String toString() {
    return "ReadOptions[separator="
        + separator.map(FieldSeparator::label).orElse("detect")
        + ", charset="
        + charset.map(Charset::name).orElse("detect")
        + ", decimal="
        + decimal.map(Enum::name).orElse("detect")
        + ", dateFormat="
        + dateFormat.orElse("detect")
        + ", headerRow="
        + headerRow.map(String::valueOf).orElse("detect")
        + ", sheet="
        + sheet.orElse("first")
        + "]";
  }

  /** Sets what should not be detected. */
  public static final class Builder {
    private Optional<FieldSeparator> separator = Optional.empty();
    private Optional<Charset> charset = Optional.empty();
    private Optional<DecimalStyle> decimal = Optional.empty();
    private Optional<String> dateFormat = Optional.empty();
    private Optional<Integer> headerRow = Optional.empty();
    private Optional<String> sheet = Optional.empty();

    private Builder() {}

    public Builder separator(FieldSeparator value) {
      separator = Optional.of(Objects.requireNonNull(value, "separator must not be null"));
      return this;
    }

    public Builder charset(Charset value) {
      charset = Optional.of(Objects.requireNonNull(value, "charset must not be null"));
      return this;
    }

    public Builder decimal(DecimalStyle value) {
      decimal = Optional.of(Objects.requireNonNull(value, "decimal must not be null"));
      return this;
    }

    public Builder dateFormat(String value) {
      dateFormat = Optional.of(Objects.requireNonNull(value, "dateFormat must not be null"));
      return this;
    }

    /** The 1-based header row, or 0 for a file without one. */
    public Builder headerRow(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("headerRow must be >= 0 (0: no header), was " + value);
      }
      headerRow = Optional.of(value);
      return this;
    }

    public Builder sheet(String value) {
      sheet = Optional.of(Objects.requireNonNull(value, "sheet must not be null"));
      return this;
    }

    public ReadOptions build() {
      return new ReadOptions(this);
    }
  }
}
