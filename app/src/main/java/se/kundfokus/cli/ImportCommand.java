package se.kundfokus.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.kundfokus.ingest.BadRowPolicy;
import se.kundfokus.ingest.ImportLimits;
import se.kundfokus.ingest.ImportMode;
import se.kundfokus.ingest.ImportReport;
import se.kundfokus.ingest.ImportRequest;
import se.kundfokus.ingest.Importer;
import se.kundfokus.ingest.MappingFile;
import se.kundfokus.ingest.Table;
import se.kundfokus.store.Workspace;

/** {@code kundfokus import}: reads exports into the workspace. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import your customer register, invoice lines, products and prospects into the workspace.",
      "Separator, character set, decimal mark, dates and columns are detected from the files"
          + " (Swedish and English headers) and shown; override them with the options below.",
      "An import is all or nothing: with a problem in any file, nothing is imported. Each file"
          + " replaces what the workspace held for its table."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kundfokus import --customers kunder.csv --sales fakturarader.csv",
      "  kundfokus import --sales online_retail.csv --keep-going",
      "  kundfokus import --customers kunder.xlsx --sheet Kunder --header-row 3",
      "  kundfokus import --sales CDNOW_master.txt --no-header \\",
      "      --map sales.customer_id=1 --map sales.date=2 --map sales.quantity=3 --map sales.amount=4",
      "  kundfokus import --sales fakturarader.csv --check"
    })
final class ImportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin WorkspaceOption workspace;

  @Option(names = "--customers", paramLabel = "FILE", description = "The customer register.")
  Optional<Path> customers = Optional.empty();

  @Option(names = "--sales", paramLabel = "FILE", description = "The invoice (sales) lines.")
  Optional<Path> sales = Optional.empty();

  @Option(names = "--products", paramLabel = "FILE", description = "The products (optional).")
  Optional<Path> products = Optional.empty();

  @Option(
      names = "--prospects",
      paramLabel = "FILE",
      description = "Companies that are not customers yet.")
  Optional<Path> prospects = Optional.empty();

  @Option(
      names = "--keep-going",
      description =
          "Import the good rows and write the bad ones, with their problems, to a rejects file"
              + " next to the workspace (default: import nothing when any row is bad).")
  boolean keepGoing;

  @Option(
      names = "--check",
      description = "Read, map and validate the files and show the result, without importing.")
  boolean check;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      description =
          "The largest file to read, e.g. 500MB or 2GB (default: 50GB); a larger one is refused"
              + " before it is read.")
  Optional<String> maxFileSize = Optional.empty();

  @Mixin ReadOptionsMixin read;

  @Override
  public Integer call() throws Exception {
    ImportRequest.Builder request = ImportRequest.builder();
    customers.ifPresent(f -> request.file(Table.CUSTOMERS, f));
    sales.ifPresent(f -> request.file(Table.SALES, f));
    products.ifPresent(f -> request.file(Table.PRODUCTS, f));
    prospects.ifPresent(f -> request.file(Table.PROSPECTS, f));
    if (customers.isEmpty() && sales.isEmpty() && products.isEmpty() && prospects.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Name at least one file: --customers, --sales, --products or --prospects");
    }
    request.readOptions(read.readOptions());
    if (read.mappingFile.isPresent()) {
      MappingFile mapping = MappingFile.read(read.mappingFile.get());
      mapping.applyTo(request);
    }
    read.columnChoices().forEach(request::column);
    request.policy(keepGoing ? BadRowPolicy.REJECT : BadRowPolicy.FAIL);
    if (maxFileSize.isPresent()) {
      request.limits(
          new ImportLimits().withMaxFileBytes(ImportLimits.parseSize(maxFileSize.get())));
    }
    request.mode(check ? ImportMode.CHECK : ImportMode.COMMIT);

    try (Workspace ws = workspace.open()) {
      ImportReport report;
      try (Progress progress = Progress.onTerminal()) {
        report = Importer.run(ws, request.build(), progress);
      }
      new ReportPrinter(spec.commandLine().getOut()).print(ws.file(), report);
    }
    return ExitCodes.OK;
  }
}
