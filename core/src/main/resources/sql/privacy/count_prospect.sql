-- What a workspace holds of one prospect (1..3: the prospect id), table by table.
SELECT
  (SELECT count(*) FROM prospects WHERE prospect_id = ?) AS prospects,
  (SELECT count(*) FROM attribute_values WHERE entity = 'prospect' AND entity_id = ?) AS attribute_values,
  (SELECT count(*) FROM run_segments WHERE entity = 'prospect' AND entity_id = ?) AS run_segments
