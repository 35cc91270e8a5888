package se.kundfokus.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The files to import and how to read them. Build with {@link #builder()}. */
public final class ImportRequest {
  private final Map<Table, Path> files;
  private final ReadOptions readOptions;
  private final Map<Table, ReadOptions> tableOptions;
  private final List<ColumnChoice> columns;
  private final BadRowPolicy policy;
  private final ImportMode mode;
  private final Clock clock;
  private final ImportLimits limits;

  private ImportRequest(Builder builder) {
    if (builder.files.isEmpty()) {
      throw new IllegalArgumentException(
          "an import needs at least one file (customers, sales, products or prospects)");
    }
    this.files = new EnumMap<>(builder.files);
    this.readOptions = builder.readOptions;
    this.tableOptions = new EnumMap<>(builder.tableOptions);
    this.columns = List.copyOf(builder.columns);
    this.policy = builder.policy;
    this.mode = builder.mode;
    this.limits = builder.limits;
    this.clock = builder.clock;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The files, in the order they are imported: products, customers, prospects, sales. */
  public Map<Table, Path> files() {
    return java.util.Collections.unmodifiableMap(files);
  }

  /** The settings for one table's file: its own, then the ones for all files. */
  public ReadOptions readOptions(Table table) {
    return tableOptions.getOrDefault(table, ReadOptions.detectAll()).orElse(readOptions);
  }

  public List<ColumnChoice> columns() {
    return columns;
  }

  Map<Field, String> columns(Table table) {
    Map<Field, String> chosen = new EnumMap<>(Field.class);
    for (ColumnChoice choice : columns) {
      if (choice.table() == table) {
        chosen.put(choice.fieldOf(), choice.column());
      }
    }
    return chosen;
  }

  public BadRowPolicy policy() {
    return policy;
  }

  public ImportMode mode() {
    return mode;
  }

  /** How large the files may be. */
  public ImportLimits limits() {
    return limits;
  }

  /** Today's date for checks such as "no sales in the future" comes from this clock. */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "ImportRequest[files="
        + files
        + ", readOptions="
        + readOptions
        + ", tableOptions="
        + tableOptions
        + ", columns="
        + columns.stream()
            .map(c -> c.table().label() + "." + c.field() + "=" + c.column())
            .collect(Collectors.joining(", ", "[", "]"))
        + ", policy="
        + policy
        + ", mode="
        + mode
        + ", limits="
        + limits
        + ", clock="
        + clock
        + "]";
  }

  /** Collects the files and settings of an import. */
  public static final class Builder {
    private final Map<Table, Path> files = new EnumMap<>(Table.class);
    private ReadOptions readOptions = ReadOptions.detectAll();
    private final Map<Table, ReadOptions> tableOptions = new EnumMap<>(Table.class);
    private final List<ColumnChoice> columns = new ArrayList<>();
    private BadRowPolicy policy = BadRowPolicy.FAIL;
    private ImportMode mode = ImportMode.COMMIT;
    private Clock clock = Clock.systemUTC();
    private ImportLimits limits = new ImportLimits();

    private Builder() {}

    public Builder file(Table table, Path path) {
      files.put(
          Objects.requireNonNull(table, "table must not be null"),
          Objects.requireNonNull(path, "path must not be null"));
      return this;
    }

    /** Settings for every file, where a file's own settings say nothing. */
    public Builder readOptions(ReadOptions value) {
      readOptions = Objects.requireNonNull(value, "readOptions must not be null");
      return this;
    }

    /** Settings for one table's file. */
    public Builder readOptions(Table table, ReadOptions value) {
      tableOptions.put(
          Objects.requireNonNull(table, "table must not be null"),
          Objects.requireNonNull(value, "readOptions must not be null"));
      return this;
    }

    public Builder column(ColumnChoice choice) {
      columns.add(Objects.requireNonNull(choice, "choice must not be null"));
      return this;
    }

    public Builder policy(BadRowPolicy value) {
      policy = Objects.requireNonNull(value, "policy must not be null");
      return this;
    }

    public Builder mode(ImportMode value) {
      mode = Objects.requireNonNull(value, "mode must not be null");
      return this;
    }

    public Builder limits(ImportLimits value) {
      limits = Objects.requireNonNull(value, "limits must not be null");
      return this;
    }

    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock must not be null");
      return this;
    }

    public ImportRequest build() {
      return new ImportRequest(this);
    }
  }
}
