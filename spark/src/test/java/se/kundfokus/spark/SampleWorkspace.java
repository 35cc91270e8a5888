package se.kundfokus.spark;

import java.io.IOException;
import java.nio.file.Path;
import se.kundfokus.generate.GenerationOptions;
import se.kundfokus.generate.GenerationSummary;
import se.kundfokus.generate.SampleCompany;
import se.kundfokus.ingest.ImportListener;
import se.kundfokus.ingest.ImportRequest;
import se.kundfokus.ingest.Importer;
import se.kundfokus.ingest.Table;
import se.kundfokus.store.Workspace;

/** A generated sample company imported into a workspace, as the demo does it. */
final class SampleWorkspace {
  private SampleWorkspace() {}

  /** Generates {@code customers} customers' three years into {@code dir} and imports them. */
  static Path create(Path dir, int customers) throws IOException {
    GenerationSummary files =
        SampleCompany.generate(
            new GenerationOptions().withCustomers(customers).withProspects(customers / 5),
            dir.resolve("data"),
            n -> {});
    Path file = dir.resolve("ws.duckdb");
    try (Workspace workspace = Workspace.open(file)) {
      Importer.run(
          workspace,
          ImportRequest.builder()
              .file(Table.CUSTOMERS, files.customersFile())
              .file(Table.SALES, files.salesFile())
              .file(Table.PRODUCTS, files.productsFile())
              .file(Table.PROSPECTS, files.prospectsFile())
              .build(),
          ImportListener.NONE);
    }
    return file;
  }
}
