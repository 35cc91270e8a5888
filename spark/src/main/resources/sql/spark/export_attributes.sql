-- The workspace's attributes table as one Parquet file, written by DuckDB. 1: the file's path.
COPY attributes TO ? (FORMAT PARQUET)
