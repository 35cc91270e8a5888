-- Customer ids that appear in the sales lines but not in the customer register become customers
-- without register data (in_register = false), so that every sales line belongs to a customer.
INSERT INTO customers (customer_id, in_register)
SELECT DISTINCT s.customer_id, false
FROM sales s
WHERE s.customer_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.customer_id = s.customer_id)
