-- The workspace's prospects table as one Parquet file, written by DuckDB. 1: the file's path.
COPY prospects TO ? (FORMAT PARQUET)
