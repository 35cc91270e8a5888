-- How many companies of the customer register have no sales line up to the reference date (1).
SELECT count(*) AS customers
FROM customers c
WHERE c.in_register
  AND NOT EXISTS (
    SELECT 1 FROM sales s WHERE s.customer_id = c.customer_id AND s.date <= CAST(? AS DATE))
