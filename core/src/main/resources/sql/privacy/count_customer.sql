-- What a workspace holds of one customer (1..5: the customer id), table by table.
SELECT
  (SELECT count(*) FROM customers WHERE customer_id = ?) AS customers,
  (SELECT count(*) FROM sales WHERE customer_id = ?) AS sales,
  (SELECT count(*) FROM attribute_values WHERE entity = 'customer' AND entity_id = ?) AS attribute_values,
  (SELECT count(*) FROM run_segments WHERE entity = 'customer' AND entity_id = ?) AS run_segments,
  (SELECT count(*) FROM prospects WHERE prospect_id = ?) AS prospects
