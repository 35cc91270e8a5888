package se.kundfokus.web;

import java.util.Locale;

/** Sizes in words for messages: {@code 200 MB}, {@code 1.5 GB}, {@code 512 bytes}. */
final class Sizes {
  private Sizes() {}

  static String words(long bytes) {
    if (bytes >= 1L << 30) {
      return trim(bytes / (double) (1L << 30)) + " GB";
    }
    if (bytes >= 1L << 20) {
      return trim(bytes / (double) (1L << 20)) + " MB";
    }
    if (bytes >= 1L << 10) {
      return trim(bytes / (double) (1L << 10)) + " KB";
    }
    return bytes + (bytes == 1 ? " byte" : " bytes");
  }

  private static String trim(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}
