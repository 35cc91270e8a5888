package se.kundfokus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import se.kundfokus.ingest.ColumnReport;
import se.kundfokus.ingest.FileReport;
import se.kundfokus.ingest.ImportMode;
import se.kundfokus.ingest.ImportProblem;
import se.kundfokus.ingest.ImportReport;
import se.kundfokus.store.TableCounts;

/** Writes an import report for a person: how each file was read, mapped and counted. */
final class ReportPrinter {
  private static final int PROBLEMS_SHOWN = 10;
  private final PrintWriter out;

  ReportPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(Path workspace, ImportReport report) {
    if (report.mode() == ImportMode.CHECK) {
      out.println("Checked only: nothing was imported into " + workspace + ".");
    } else {
      out.println("Imported into " + workspace + " (import " + report.importId() + ").");
    }
    for (FileReport file : report.files()) {
      out.println();
      printFile(file);
    }
    if (!report.notices().isEmpty()) {
      out.println();
      report.notices().forEach(n -> out.println("Note: " + n));
    }
    out.println();
    out.println(describe(report.counts(), report.mode() == ImportMode.CHECK));
    out.flush();
  }

  private void printFile(FileReport file) {
    out.println(
        file.table().label()
            + ": "
            + file.file()
            + " ("
            + file.format()
            + file.headerLine().map(l -> "; column names on row " + l).orElse("; no header row")
            + ")");
    int width = 8;
    for (ColumnReport column : file.columns()) {
      width = Math.max(width, column.column().length());
    }
    for (ColumnReport column : file.columns()) {
      StringBuilder line = new StringBuilder("  ");
      line.append(pad(column.column(), width)).append("  → ").append(column.use());
      String details =
          String.join(
              ", ",
              java.util.stream.Stream.of(
                      column.how().isEmpty() ? "" : "by " + column.how(), column.format())
                  .filter(s -> !s.isEmpty())
                  .toList());
      if (!details.isEmpty()) {
        line.append(" (").append(details).append(')');
      }
      out.println(line);
    }
    out.println(
        "  "
            + counted(file.rowsRead(), "row")
            + " read, "
            + number(file.rowsAccepted())
            + " imported, "
            + number(file.rowsRejected())
            + " rejected");
    for (String notice : file.notices()) {
      out.println("  - " + notice);
    }
    if (file.rowsRejected() > 0) {
      int shown = Math.min(PROBLEMS_SHOWN, file.problems().size());
      for (ImportProblem problem : file.problems().subList(0, shown)) {
        out.println("  ! " + problem.message());
      }
      if (file.problemCount() > shown) {
        out.println("  ! … and " + number(file.problemCount() - shown) + " more problems");
      }
      file.rejectsFile()
          .ifPresent(f -> out.println("  Rejected rows, with their problems, are in " + f));
    }
  }

  static String describe(TableCounts counts, boolean wouldHold) {
    StringBuilder text =
        new StringBuilder(wouldHold ? "The workspace would hold " : "The workspace holds ");
    text.append(counted(counts.customers(), "customer"));
    if (counts.registerCustomers() != counts.customers()) {
      text.append(" (").append(number(counts.registerCustomers())).append(" in the register)");
    }
    text.append(", ")
        .append(counted(counts.prospects(), "prospect"))
        .append(", ")
        .append(counted(counts.products(), "product"))
        .append(" and ")
        .append(counted(counts.salesLines(), "sales line"));
    if (counts.firstSale().isPresent() && counts.lastSale().isPresent()) {
      text.append(" from ")
          .append(counts.firstSale().get())
          .append(" to ")
          .append(counts.lastSale().get())
          .append(", total amount ")
          .append(String.format(Locale.ROOT, "%,.2f", counts.salesAmount()));
    }
    return text.append('.').toString();
  }

  /** {@code 1 customer}, {@code 1,234 customers}. */
  static String counted(long value, String noun) {
    return number(value) + " " + (value == 1 ? noun : noun + "s");
  }

  static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
