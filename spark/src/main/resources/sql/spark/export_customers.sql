-- The workspace's customers table as one Parquet file, written by DuckDB. 1: the file's path.
COPY customers TO ? (FORMAT PARQUET)
