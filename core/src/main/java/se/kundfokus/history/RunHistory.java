package se.kundfokus.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.CustomerResult;
import se.kundfokus.analysis.ProspectResult;
import se.kundfokus.analysis.ScoringModel;
import se.kundfokus.analysis.SegmentMovements;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.report.JsonOutput;
import se.kundfokus.store.SqlResource;
import se.kundfokus.store.Workspace;
import se.kundfokus.store.WorkspaceException;

/**
 * Stores runs in the workspace and compares a run with the one before. The method is re-run every
 * month or quarter; what changed since is part of the answer.
 */
public final class RunHistory {
  private RunHistory() {}

  /** The most recent run, if any. */
  public static Optional<StoredRun> latest(Workspace workspace) {
    try (PreparedStatement query =
            workspace.connection().prepareStatement(SqlResource.load("history/latest_run.sql"));
        ResultSet rs = query.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new StoredRun(
              rs.getLong("run_id"),
              instant(rs.getTimestamp("created_at")),
              rs.getObject("as_of", LocalDate.class),
              rs.getString("version"),
              rs.getString("data_fingerprint"),
              Optional.ofNullable(rs.getString("settings_fingerprint")),
              JsonOutput.read(rs.getString("model_json"), ScoringModel.class)));
    } catch (SQLException e) {
      throw new WorkspaceException("cannot read the runs of workspace " + workspace.file(), e);
    } catch (IOException e) {
      throw new WorkspaceException(
          "the last run's model in workspace "
              + workspace.file()
              + " cannot be read (written by another version?); run kundfokus analyze again",
          e);
    }
  }

  /**
   * The result with who moved between segments since the previous run; unchanged when there is no
   * previous run.
   */
  public static AnalysisResult compare(Workspace workspace, AnalysisResult result) {
    Optional<StoredRun> previous = latest(workspace);
    if (previous.isEmpty()) {
      return result;
    }
    Map<String, SegmentKey> before = segments(workspace, previous.get().runId());
    Map<SegmentKey, Map<Optional<SegmentKey>, Long>> counts = new HashMap<>();
    List<SegmentMovements.Mover> movers = new ArrayList<>();
    for (CustomerResult c : result.customers()) {
      Optional<SegmentKey> from = Optional.ofNullable(before.get(c.customerId()));
      if (from.isPresent() && from.get() == c.segment()) {
        continue;
      }
      counts.computeIfAbsent(c.segment(), k -> new HashMap<>()).merge(from, 1L, Long::sum);
      movers.add(
          new SegmentMovements.Mover(
              c.customerId(), c.name(), from, c.segment(), c.facts().revenue12m()));
    }
    List<SegmentMovements.Flow> flows = new ArrayList<>();
    counts.forEach(
        (to, byFrom) ->
            byFrom.forEach((from, n) -> flows.add(new SegmentMovements.Flow(from, to, n))));
    flows.sort(
        Comparator.comparingLong((SegmentMovements.Flow f) -> -f.customers())
            .thenComparing(f -> f.from().map(SegmentKey::key).orElse(""))
            .thenComparing(f -> f.to().key()));
    movers.sort(
        Comparator.comparingDouble((SegmentMovements.Mover m) -> -m.revenue12m())
            .thenComparing(SegmentMovements.Mover::customerId));
    return result.withMovements(
        new SegmentMovements(
            previous.get().runId(),
            previous.get().createdAt(),
            previous.get().asOf(),
            flows,
            movers));
  }

  private static Map<String, SegmentKey> segments(Workspace workspace, long runId) {
    Map<String, SegmentKey> segments = new HashMap<>();
    try (PreparedStatement query =
        workspace.connection().prepareStatement(SqlResource.load("history/run_segments.sql"))) {
      query.setLong(1, runId);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          segments.put(rs.getString("entity_id"), SegmentKey.parse(rs.getString("segment")));
        }
      }
    } catch (SQLException e) {
      throw new WorkspaceException(
          "cannot read run " + runId + " of workspace " + workspace.file(), e);
    }
    return segments;
  }

  /** Stores a run in one transaction; returns its number. */
  public static long save(Workspace workspace, AnalysisResult result, Clock clock) {
    String model;
    try {
      model = JsonOutput.text(result.scoring());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return workspace.transaction(
        c -> {
          long runId;
          try (PreparedStatement next =
                  c.prepareStatement(SqlResource.load("history/next_run_id.sql"));
              ResultSet rs = next.executeQuery()) {
            rs.next();
            runId = rs.getLong(1);
          }
          try (PreparedStatement insert =
              c.prepareStatement(SqlResource.load("history/insert_run.sql"))) {
            insert.setLong(1, runId);
            insert.setTimestamp(
                2, Timestamp.valueOf(clock.instant().atOffset(ZoneOffset.UTC).toLocalDateTime()));
            insert.setObject(3, result.meta().asOf());
            insert.setString(4, result.meta().version());
            insert.setString(5, result.meta().dataFingerprint());
            insert.setString(6, result.meta().settings().map(s -> s.fingerprint()).orElse(null));
            insert.setString(7, model);
            insert.executeUpdate();
          }
          try (PreparedStatement segment =
              c.prepareStatement(SqlResource.load("history/insert_segment.sql"))) {
            for (CustomerResult r : result.customers()) {
              add(
                  segment,
                  runId,
                  "customer",
                  r.customerId(),
                  r.segment(),
                  r.fit(),
                  r.pain(),
                  r.potential());
            }
            for (ProspectResult r : result.prospects()) {
              add(
                  segment,
                  runId,
                  "prospect",
                  r.prospectId(),
                  r.segment(),
                  r.fit(),
                  r.pain(),
                  r.potential());
            }
            segment.executeBatch();
          }
          return runId;
        });
  }

  private static void add(
      PreparedStatement statement,
      long runId,
      String entity,
      String id,
      SegmentKey segment,
      Optional<Double> fit,
      Optional<Double> pain,
      Optional<Double> potential)
      throws SQLException {
    statement.setLong(1, runId);
    statement.setString(2, entity);
    statement.setString(3, id);
    statement.setString(4, segment.key());
    statement.setObject(5, fit.orElse(null));
    statement.setObject(6, pain.orElse(null));
    statement.setObject(7, potential.orElse(null));
    statement.addBatch();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
