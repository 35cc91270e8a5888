package se.kundfokus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks inside an Excel workbook before it is read: a zip archive that unpacks to more than the
 * limits allow, in total or per byte packed, is refused. The parts are really unpacked (and
 * counted, up to the limit) rather than trusting the sizes the archive declares, which a hostile
 * file can fake.
 */
final class WorkbookGuard {
  private WorkbookGuard() {}

  static void check(Path file, String label, ImportLimits limits) throws IOException {
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        long packed = Math.max(1, entry.getCompressedSize());
        long unpacked = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          int read;
          while ((read = in.read(buffer)) > 0) {
            unpacked += read;
            total += read;
            if (total > limits.maxWorkbookBytes()) {
              throw refused(
                  label,
                  "unpacks to more than "
                      + ImportLimits.words(limits.maxWorkbookBytes())
                      + " (part "
                      + entry.getName()
                      + "); a workbook this large cannot be read (save it as CSV, or raise the"
                      + " limit)");
            }
            if (unpacked > 1 << 20 && unpacked / packed > limits.maxCompressionRatio()) {
              throw refused(
                  label,
                  "has a part ("
                      + entry.getName()
                      + ") that unpacks to more than "
                      + limits.maxCompressionRatio()
                      + " times its packed size, as a zip bomb does; it is not read");
            }
          }
        }
      }
    } catch (ZipException e) {
      ImportException problem =
          new ImportException(
              ImportProblem.ofFile(
                  label,
                  "is not an Excel workbook (.xlsx): the zip archive is damaged ("
                      + e.getMessage()
                      + "); save it as .xlsx or CSV"));
      problem.initCause(e);
      throw problem;
    }
  }

  private static ImportException refused(String label, String why) {
    return new ImportException(ImportProblem.ofFile(label, why));
  }
}
