INSERT INTO imports (import_id, table_name, file_name, file_path, fingerprint, rows_read,
                     rows_accepted, rows_rejected, rejects_file, notes, started_at, finished_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
