-- DuckDB's memory limit for this connection's database (1 the size, e.g. '4294967296 bytes');
-- beyond it, queries write temporary files instead of failing.
SET memory_limit = ?
