package se.kundfokus.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.kundfokus.store.ImportRecord;
import se.kundfokus.store.Workspace;

/** {@code kundfokus status}: what the workspace holds and where it came from. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show what the workspace holds and the log of its imports.",
    footerHeading = "%nExamples:%n",
    footer = {"  kundfokus status", "  kundfokus status --workspace q3.duckdb"})
final class StatusCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin WorkspaceOption workspace;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace ws = workspace.openExisting()) {
      out.println("Workspace " + ws.file());
      out.println(ReportPrinter.describe(ws.counts(), false));
      out.println();
      out.println("Imports:");
      for (ImportRecord record : ws.imports()) {
        out.println(
            "  "
                + record.importId()
                + "  "
                + record.finishedAt()
                + "  "
                + record.table()
                + "  "
                + record.fileName()
                + "  "
                + ReportPrinter.number(record.rowsRead())
                + " read, "
                + ReportPrinter.number(record.rowsAccepted())
                + " imported, "
                + ReportPrinter.number(record.rowsRejected())
                + " rejected  "
                + record.fingerprint());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
