-- The workspace's products table as one Parquet file, written by DuckDB. 1: the file's path.
COPY products TO ? (FORMAT PARQUET)
