INSERT INTO runs (run_id, created_at, as_of, version, data_fingerprint, settings_fingerprint,
                  model_json)
VALUES (?, ?, ?, ?, ?, ?, ?)
