SELECT coalesce(max(run_id), 0) + 1 AS run_id FROM runs
