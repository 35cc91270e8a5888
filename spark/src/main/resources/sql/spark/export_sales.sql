-- The workspace's sales table as one Parquet file, written by DuckDB. 1: the file's path.
COPY sales TO ? (FORMAT PARQUET)
