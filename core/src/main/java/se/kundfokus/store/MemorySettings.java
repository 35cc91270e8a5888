package se.kundfokus.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How much memory the workspace's DuckDB database may use, and where it writes temporary files when
 * a query needs more: DuckDB's {@code memory_limit} and {@code temp_directory} settings. Beyond the
 * limit, sorts, joins and aggregations spill to the temporary folder instead of failing, so a
 * workspace far larger than the computer's memory can be imported and analysed.
 *
 * @param memoryLimit the most bytes DuckDB may use, at least {@link #LEAST_MEMORY_LIMIT}; empty for
 *     DuckDB's default, 80 % of the computer's memory
 * @param tempDirectory the folder for temporary files, created when missing; empty for DuckDB's
 *     default, the workspace file's name with {@code .tmp} next to it
 */
public record MemorySettings(OptionalLong memoryLimit, Optional<Path> tempDirectory) {
  /** The least memory limit accepted: 64 MB; less leaves DuckDB too little to work in. */
  public static final long LEAST_MEMORY_LIMIT = 64L << 20;

  /** Units and their powers of two, longest first so that {@code GB} is not read as {@code B}. */
  private static final List<Map.Entry<String, Integer>> UNITS =
      List.of(
          Map.entry("TIB", 40),
          Map.entry("GIB", 30),
          Map.entry("MIB", 20),
          Map.entry("KIB", 10),
          Map.entry("TB", 40),
          Map.entry("GB", 30),
          Map.entry("MB", 20),
          Map.entry("KB", 10),
          Map.entry("T", 40),
          Map.entry("G", 30),
          Map.entry("M", 20),
          Map.entry("K", 10),
          Map.entry("B", 0));

  public MemorySettings {
    Objects.requireNonNull(memoryLimit, "memoryLimit must not be null");
    Objects.requireNonNull(tempDirectory, "tempDirectory must not be null");
    if (memoryLimit.isPresent() && memoryLimit.getAsLong() < LEAST_MEMORY_LIMIT) {
      throw new IllegalArgumentException(
          "memoryLimit must be at least "
              + words(LEAST_MEMORY_LIMIT)
              + ", was "
              + words(memoryLimit.getAsLong()));
    }
  }

  /** DuckDB's defaults: 80 % of the computer's memory, temporary files next to the workspace. */
  public static MemorySettings defaults() {
    return new MemorySettings(OptionalLong.empty(), Optional.empty());
  }

  /** A copy with a memory limit in bytes. */
  public MemorySettings withMemoryLimit(long bytes) {
    return new MemorySettings(OptionalLong.of(bytes), tempDirectory);
  }

  /** A copy with a folder for temporary files. */
  public MemorySettings withTempDirectory(Path folder) {
    return new MemorySettings(memoryLimit, Optional.of(folder));
  }

  /**
   * A memory size as a user writes it: a whole number with a unit, {@code 4GB}, {@code 512MB},
   * {@code 1TB}, or {@code 4G}, {@code 4GiB}, case and spaces ignored; a plain number is bytes. A
   * kilobyte is 1,024 bytes, a megabyte 1,024 kilobytes, and so on.
   *
   * @throws IllegalArgumentException quoting the text and saying what a size looks like
   */
  public static long parseSize(String text) {
    Objects.requireNonNull(text, "text must not be null");
    String size = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    long unit = 1;
    for (Map.Entry<String, Integer> suffix : UNITS) {
      if (size.endsWith(suffix.getKey())) {
        unit = 1L << suffix.getValue();
        size = size.substring(0, size.length() - suffix.getKey().length());
        break;
      }
    }
    boolean digits =
        !size.isEmpty() && size.length() <= 18 && size.chars().allMatch(c -> c >= '0' && c <= '9');
    long value = digits ? Long.parseLong(size) : 0;
    if (value < 1 || value > Long.MAX_VALUE / unit) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a memory size (expected e.g. 4GB or 512MB)");
    }
    return value * unit;
  }

  /**
   * The settings in words, for messages: {@code memory limit 4 GB, temporary files in /data/tmp},
   * with {@code DuckDB's default} for what is not set.
   */
  @Override
  public String toString() {
    return "memory limit "
        + (memoryLimit.isPresent() ? words(memoryLimit.getAsLong()) : "DuckDB's default")
        + ", temporary files in "
        + tempDirectory.map(Path::toString).orElse("DuckDB's default folder");
  }

  /** A size in words: {@code 4 GB}, {@code 512 MB}, {@code 1,000 bytes}. */
  static String words(long bytes) {
    for (String[] unit : new String[][] {{"40", "TB"}, {"30", "GB"}, {"20", "MB"}}) {
      int shift = Integer.parseInt(unit[0]);
      if (bytes >= 1L << shift && bytes % (1L << shift) == 0) {
        return String.format(Locale.ROOT, "%,d %s", bytes >> shift, unit[1]);
      }
    }
    return String.format(Locale.ROOT, "%,d bytes", bytes);
  }

  /**
   * Sets DuckDB's {@code memory_limit} and {@code temp_directory} on a new connection, creating the
   * temporary folder when it is missing.
   */
  void applyTo(Connection connection, Path workspaceFile) throws SQLException {
    if (memoryLimit.isPresent()) {
      try (PreparedStatement set =
          connection.prepareStatement(SqlResource.load("store/set_memory_limit.sql"))) {
        set.setString(1, memoryLimit.getAsLong() + " bytes");
        set.execute();
      }
    }
    if (tempDirectory.isPresent()) {
      Path folder = tempDirectory.get().toAbsolutePath().normalize();
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new WorkspaceException(
            "cannot open workspace "
                + workspaceFile
                + ": the folder for temporary files "
                + tempDirectory.get()
                + (Files.exists(folder) ? " is not a folder" : " cannot be created")
                + " (expected a folder that kundfokus may write to)",
            e);
      }
      try (PreparedStatement set =
          connection.prepareStatement(SqlResource.load("store/set_temp_directory.sql"))) {
        set.setString(1, folder.toString());
        set.execute();
      }
    }
  }
}
