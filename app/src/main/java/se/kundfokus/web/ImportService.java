package se.kundfokus.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.kundfokus.ingest.BadRowPolicy;
import se.kundfokus.ingest.ColumnChoice;
import se.kundfokus.ingest.ColumnReport;
import se.kundfokus.ingest.FileReport;
import se.kundfokus.ingest.ImportException;
import se.kundfokus.ingest.ImportListener;
import se.kundfokus.ingest.ImportMode;
import se.kundfokus.ingest.ImportProblem;
import se.kundfokus.ingest.ImportReport;
import se.kundfokus.ingest.ImportRequest;
import se.kundfokus.ingest.Importer;

/**
 * Checks and imports uploads with the importer of the command line: first a check (everything read,
 * mapped and validated, nothing imported), then, with the columns the user chose, the import. Both
 * go through the writer queue.
 */
final class ImportService {
  private final WriteQueue queue;
  private final Uploads uploads;
  private final Results results;
  private final Clock clock;

  ImportService(WriteQueue queue, Uploads uploads, Results results, Clock clock) {
    this.queue = queue;
    this.uploads = uploads;
    this.results = results;
    this.clock = clock;
  }

  Uploads uploads() {
    return uploads;
  }

  /**
   * Reads, maps and validates an upload without importing it; bad rows are reported with the rest.
   *
   * @throws ImportException when a file cannot be read at all (e.g. a required column is missing),
   *     its problems named by the uploaded file names
   */
  ImportOutcome check(String uploadId, List<ColumnChoice> columns) {
    return run(upload(uploadId), columns, ImportMode.CHECK, BadRowPolicy.REJECT);
  }

  /**
   * Imports an upload: all or nothing, or with {@code keepGoing} the good rows (the bad ones go to
   * a rejects file next to the workspace).
   *
   * @throws ImportException with the problems when nothing was imported
   */
  ImportOutcome commit(String uploadId, List<ColumnChoice> columns, boolean keepGoing) {
    Uploads.Upload upload = upload(uploadId);
    ImportOutcome outcome =
        run(
            upload,
            columns,
            ImportMode.COMMIT,
            keepGoing ? BadRowPolicy.REJECT : BadRowPolicy.FAIL);
    outcome.counts().ifPresent(c -> results.imported(c, clock.instant()));
    uploads.discard(upload.id());
    return outcome;
  }

  private Uploads.Upload upload(String id) {
    return uploads
        .get(id)
        .orElseThrow(
            () ->
                HttpProblem.notFound(
                    "there is no upload '"
                        + id
                        + "' (expected an upload id this server gave; an upload lasts until it is"
                        + " imported or the server stops)"));
  }

  private ImportOutcome run(
      Uploads.Upload upload, List<ColumnChoice> columns, ImportMode mode, BadRowPolicy policy) {
    ImportRequest.Builder request = ImportRequest.builder().mode(mode).policy(policy);
    upload.files().values().forEach(f -> request.file(f.table(), f.path()));
    columns.forEach(request::column);
    ImportRequest built = request.build();
    ImportReport report;
    try {
      report = queue.run(ws -> Importer.run(ws, built, ImportListener.NONE));
    } catch (ImportException e) {
      List<ImportProblem> named = new ArrayList<>();
      e.problems().forEach(p -> named.add(renamed(upload, p)));
      throw new ImportException(named, e.problemCount());
    }
    List<ImportOutcome.ImportedFile> files = new ArrayList<>();
    List<ProblemView> problems = new ArrayList<>();
    long problemCount = 0;
    for (FileReport file : report.files()) {
      ImportOutcome.ImportedFile view = file(upload, file);
      files.add(view);
      problems.addAll(view.problems());
      problemCount += view.problemCount();
    }
    boolean commit = mode == ImportMode.COMMIT;
    return new ImportOutcome(
        upload.id(),
        commit ? "commit" : "check",
        commit,
        commit ? Optional.of(report.importId()) : Optional.empty(),
        files,
        problems,
        problemCount,
        report.notices(),
        Optional.of(report.counts()));
  }

  private static ImportOutcome.ImportedFile file(Uploads.Upload upload, FileReport file) {
    List<String> fields = ImportFields.of(file.table());
    List<ImportOutcome.ColumnView> columns = new ArrayList<>();
    int position = 0;
    for (ColumnReport c : file.columns()) {
      position++;
      String field = fields.contains(c.use()) ? c.use() : "";
      columns.add(
          new ImportOutcome.ColumnView(
              position,
              c.column(),
              c.use(),
              c.how(),
              c.format(),
              field,
              file.headerLine().isPresent() ? c.column() : Integer.toString(position)));
    }
    List<ProblemView> problems =
        file.problems().stream().map(p -> ProblemView.of(renamed(upload, p))).toList();
    return new ImportOutcome.ImportedFile(
        file.table().label(),
        upload.displayName(file.file()),
        file.format(),
        file.headerLine(),
        columns,
        fields,
        file.rowsRead(),
        file.rowsAccepted(),
        file.rowsRejected(),
        file.notices(),
        problems,
        file.problemCount());
  }

  /** The problem with the uploaded file's own name rather than the name it is stored under. */
  static ImportProblem renamed(Uploads.Upload upload, ImportProblem p) {
    return new ImportProblem(
        upload.displayName(p.file()), p.where(), p.column(), p.value(), p.problem());
  }
}
