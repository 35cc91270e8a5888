DELETE FROM customers WHERE customer_id = ?;
DELETE FROM sales WHERE customer_id = ?;
DELETE FROM attribute_values WHERE entity = 'customer' AND entity_id = ?;
DELETE FROM run_segments WHERE entity = 'customer' AND entity_id = ?;
