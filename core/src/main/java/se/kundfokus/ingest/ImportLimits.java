package se.kundfokus.ingest;

import java.util.Locale;

/**
 * How large an input file may be, so that a wrong or hostile file is refused with a message rather
 * than filling the disk or the memory. Text files are streamed, so their limit only guards against
 * the wrong file; an Excel workbook is a zip archive, and an archive that would unpack far beyond
 * its size (a zip bomb) is refused before it is read.
 *
 * @param maxFileBytes the largest file of any kind
 * @param maxWorkbookBytes the most an Excel workbook may unpack to, all its parts together
 * @param maxCompressionRatio the most any part of a workbook may unpack to per byte packed (Excel's
 *     own files stay well under 100)
 */
public record ImportLimits(long maxFileBytes, long maxWorkbookBytes, int maxCompressionRatio) {

  public ImportLimits {
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
    }
    if (maxWorkbookBytes < 1) {
      throw new IllegalArgumentException(
          "maxWorkbookBytes must be positive, was " + maxWorkbookBytes);
    }
    if (maxCompressionRatio < 2) {
      throw new IllegalArgumentException(
          "maxCompressionRatio must be at least 2, was " + maxCompressionRatio);
    }
  }

  /** Files up to 50 GB, workbooks that unpack to at most 2 GB, at most 200 times packed. */
  public ImportLimits() {
    this(50L << 30, 2L << 30, 200);
  }

  /** A copy with another largest file. */
  public ImportLimits withMaxFileBytes(long bytes) {
    return new ImportLimits(bytes, maxWorkbookBytes, maxCompressionRatio);
  }

  /**
   * A size such as {@code 500MB}, {@code 2GB}, {@code 100k} or a number of bytes.
   *
   * @throws IllegalArgumentException saying what sizes look like
   */
  public static long parseSize(String text) {
    String size = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    long unit = 1;
    for (String[] suffix :
        new String[][] {
          {"GB", "1073741824"},
          {"G", "1073741824"},
          {"MB", "1048576"},
          {"M", "1048576"},
          {"KB", "1024"},
          {"K", "1024"},
          {"B", "1"}
        }) {
      if (size.endsWith(suffix[0])) {
        unit = Long.parseLong(suffix[1]);
        size = size.substring(0, size.length() - suffix[0].length());
        break;
      }
    }
    try {
      long value = Long.parseLong(size);
      if (value < 1 || value > Long.MAX_VALUE / unit) {
        throw new NumberFormatException();
      }
      return value * unit;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a size (expected e.g. 500MB, 2GB or a number of bytes)", e);
    }
  }

  /** A size in words: {@code 2 GB}, {@code 500 MB}. */
  static String words(long bytes) {
    if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GB";
    }
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
    }
    return String.format(Locale.ROOT, "%,d bytes", bytes);
  }
}
