DELETE FROM prospects WHERE prospect_id = ?;
DELETE FROM attribute_values WHERE entity = 'prospect' AND entity_id = ?;
DELETE FROM run_segments WHERE entity = 'prospect' AND entity_id = ?;
