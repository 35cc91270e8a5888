INSERT INTO run_segments (run_id, entity, entity_id, segment, fit, pain, potential)
VALUES (?, ?, ?, ?, ?, ?, ?)
