-- Where DuckDB writes temporary files when a query does not fit in its memory limit (1 the folder).
SET temp_directory = ?
