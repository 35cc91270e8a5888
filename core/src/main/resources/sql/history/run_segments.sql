-- The customers' segments in a run. 1: run_id.
SELECT entity_id, segment FROM run_segments WHERE run_id = ? AND entity = 'customer'
