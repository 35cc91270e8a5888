-- The DuckDB version and the settings that bound a load's speed and memory.
SELECT version() AS version,
       current_setting('threads') AS threads,
       current_setting('memory_limit') AS memory_limit
