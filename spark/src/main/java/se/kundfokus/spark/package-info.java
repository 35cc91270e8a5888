/**
 * The Apache Spark engine: the analysis SQL of core, run by Spark SQL over the canonical tables
 * read from Parquet or CSV files (a folder or a URI such as {@code hdfs://…}), or exported from a
 * workspace. The main entry point is {@link se.kundfokus.spark.SparkEngine}; {@link
 * se.kundfokus.spark.SparkEngineProvider} makes it {@code --engine spark} of the command line, and
 * {@link se.kundfokus.spark.ExportTables} writes a workspace's tables as Parquet for a cluster.
 */
@NullMarked
package se.kundfokus.spark;

import org.jspecify.annotations.NullMarked;
