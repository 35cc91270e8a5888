-- The customers with the most revenue in the twelve months up to and including the reference date.
-- Parameters: 1 as_of, 2 as_of, 3 how many (cast: Spark takes only an INTEGER in LIMIT).
SELECT s.customer_id,
       any_value(c.name) AS name,
       sum(s.amount) AS revenue,
       count(DISTINCT s.invoice_id) AS invoices,
       max(s.date) AS last_purchase
FROM sales s
LEFT JOIN customers c ON c.customer_id = s.customer_id
WHERE s.customer_id IS NOT NULL
  AND s.date > CAST(? AS DATE) - INTERVAL 12 MONTH
  AND s.date <= CAST(? AS DATE)
GROUP BY s.customer_id
ORDER BY revenue DESC, s.customer_id
LIMIT CAST(? AS INTEGER)
