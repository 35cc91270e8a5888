-- The workspace's attribute_values table as one Parquet file, written by DuckDB. 1: the file's path.
COPY attribute_values TO ? (FORMAT PARQUET)
