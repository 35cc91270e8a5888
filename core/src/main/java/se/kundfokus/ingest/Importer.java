package se.kundfokus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.kundfokus.store.ImportRecord;
import se.kundfokus.store.SqlResource;
import se.kundfokus.store.Workspace;

/**
 * Imports a user's exports into a workspace, as one transaction: either every file is imported and
 * logged, or the workspace is left exactly as it was and an {@link ImportException} says, with
 * file, line, column and what was expected, what is wrong.
 *
 * <p>Each file replaces the rows of its table. Files are read in the order products, customers,
 * prospects, sales, so that the sales lines can be checked against the customer register.
 */
public final class Importer {
  private Importer() {}

  public static ImportReport run(
      Workspace workspace, ImportRequest request, ImportListener listener) {
    Objects.requireNonNull(workspace, "workspace must not be null");
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(listener, "listener must not be null");
    Path rejectsFolder = rejectsFolder(workspace.file());
    List<Path> rejectsWritten = new ArrayList<>();
    try {
      ImportReport report =
          workspace.transaction(
              c -> {
                ImportReport done = importAll(c, request, rejectsFolder, listener, rejectsWritten);
                if (request.mode() == ImportMode.CHECK) {
                  throw new CheckDone(done);
                }
                return done;
              });
      return report;
    } catch (CheckDone check) {
      deleteQuietly(rejectsWritten);
      return check.report;
    } catch (RuntimeException e) {
      deleteQuietly(rejectsWritten);
      throw e;
    }
  }

  /** Where rejects files go: a folder next to the workspace, named after it. */
  public static Path rejectsFolder(Path workspaceFile) {
    Path absolute = workspaceFile.toAbsolutePath();
    String name =
        Optional.ofNullable(absolute.getFileName()).map(Path::toString).orElse("kundfokus");
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Path parent = Objects.requireNonNullElse(absolute.getParent(), absolute);
    return parent.resolve(stem + "-rejects");
  }

  private static ImportReport importAll(
      Connection connection,
      ImportRequest request,
      Path rejectsFolder,
      ImportListener listener,
      List<Path> rejectsWritten)
      throws IOException, SQLException {
    long importId = Workspace.nextImportId(connection);
    List<FileReport> reports = new ArrayList<>();
    List<Instant> started = new ArrayList<>();
    List<Instant> finished = new ArrayList<>();
    for (Map.Entry<Table, Path> file : request.files().entrySet()) {
      started.add(request.clock().instant());
      FileReport report =
          FileLoader.load(
              connection, file.getKey(), file.getValue(), request, rejectsFolder, listener);
      if (report.rejectsFile().isPresent()) {
        rejectsWritten.add(report.rejectsFile().get());
      }
      reports.add(report);
      finished.add(request.clock().instant());
    }
    failOnBadRows(request, reports);

    List<String> notices = deriveCustomers(connection);
    List<FileReport> logged = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      FileReport report =
          withFinalRejectsFile(reports.get(i), rejectsFolder, importId, rejectsWritten);
      logged.add(report);
      Workspace.logImport(
          connection,
          new ImportRecord(
              importId,
              report.table().label(),
              report.file(),
              report.path().toAbsolutePath().toString(),
              report.fingerprint(),
              report.rowsRead(),
              report.rowsAccepted(),
              report.rowsRejected(),
              report.rejectsFile().map(Path::toString),
              String.join("; ", report.notices()),
              started.get(i),
              finished.get(i)));
    }
    return new ImportReport(
        importId, request.mode(), logged, notices, Workspace.counts(connection));
  }

  private static void failOnBadRows(ImportRequest request, List<FileReport> reports) {
    if (request.policy() != BadRowPolicy.FAIL) {
      return;
    }
    List<ImportProblem> problems = new ArrayList<>();
    long count = 0;
    for (FileReport report : reports) {
      problems.addAll(report.problems());
      count += report.problemCount();
    }
    if (!problems.isEmpty()) {
      throw new ImportException(problems, count);
    }
  }

  private static List<String> deriveCustomers(Connection connection) throws SQLException {
    List<String> notices = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(SqlResource.load("ingest/clear_derived_customers.sql"));
      statement.executeUpdate(SqlResource.load("ingest/derive_customers.sql"));
      long registered;
      try (ResultSet rs =
          statement.executeQuery(SqlResource.load("ingest/count_register_customers.sql"))) {
        rs.next();
        registered = rs.getLong(1);
      }
      try (ResultSet rs =
          statement.executeQuery(SqlResource.load("ingest/unregistered_sales.sql"))) {
        rs.next();
        long lines = rs.getLong("lines");
        long customers = rs.getLong("customers");
        if (customers > 0 && registered == 0) {
          notices.add(
              "no customer register: "
                  + Counts.of(customers, "customer")
                  + " taken from the customer ids of the sales lines");
        } else if (customers > 0) {
          notices.add(
              Counts.of(lines, "sales line")
                  + " for "
                  + Counts.of(customers, "customer id")
                  + (customers == 1 ? " that is" : " that are")
                  + " not in the customer register (e.g. '"
                  + rs.getString("example")
                  + "'): kept, and analysed without register data");
        }
      }
    }
    return notices;
  }

  private static FileReport withFinalRejectsFile(
      FileReport report, Path rejectsFolder, long importId, List<Path> rejectsWritten)
      throws IOException {
    if (report.rejectsFile().isEmpty()) {
      return report;
    }
    Path target =
        rejectsFolder.resolve("import-" + importId + "-" + report.table().label() + ".csv");
    Files.move(report.rejectsFile().get(), target, StandardCopyOption.REPLACE_EXISTING);
    rejectsWritten.remove(report.rejectsFile().get());
    rejectsWritten.add(target);
    return new FileReport(
        report.table(),
        report.file(),
        report.path(),
        report.fingerprint(),
        report.format(),
        report.headerLine(),
        report.columns(),
        report.rowsRead(),
        report.rowsAccepted(),
        report.rowsRejected(),
        report.notices(),
        report.problems(),
        report.problemCount(),
        Optional.of(target));
  }

  private static void deleteQuietly(List<Path> files) {
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A leftover rejects file is harmless; the import's outcome is what the user needs.
      }
    }
  }

  /** Rolls back a check-only import while carrying its report out of the transaction. */
  private static final class CheckDone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial")
    private final ImportReport report;

    CheckDone(ImportReport report) {
      super("check only", null, false, false);
      this.report = report;
    }
  }
}
