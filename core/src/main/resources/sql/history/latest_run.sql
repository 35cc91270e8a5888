-- The most recent run.
SELECT run_id, created_at, as_of, version, data_fingerprint, settings_fingerprint, model_json
FROM runs
ORDER BY run_id DESC
LIMIT 1
