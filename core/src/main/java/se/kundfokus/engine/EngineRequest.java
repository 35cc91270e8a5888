package se.kundfokus.engine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an engine finds its data and how it runs.
 *
 * @param master the cluster to run on, e.g. {@code local[4]} or {@code spark://host:7077}; empty:
 *     the engine's default (for Spark, {@code local[*]} or what {@code spark-submit} set)
 * @param tables a folder or URI holding one Parquet or CSV source per canonical table ({@code
 *     sales.parquet}, {@code customers.parquet}, …); empty: the tables of the workspace
 * @param workspace the workspace file, used when {@code tables} is empty
 */
public record EngineRequest(Optional<String> master, Optional<String> tables, Path workspace) {
  public EngineRequest {
    Objects.requireNonNull(master, "master must not be null");
    Objects.requireNonNull(tables, "tables must not be null");
    Objects.requireNonNull(workspace, "workspace must not be null");
  }
}
