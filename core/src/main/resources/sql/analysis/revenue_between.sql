-- Each customer's revenue and orders (distinct invoices, or days without invoice ids, with a
-- positive amount) in a window: 1 start (exclusive), 2 end (inclusive).
SELECT customer_id,
       sum(amount) AS revenue,
       count(DISTINCT coalesce(invoice_id, CAST(date AS STRING))) FILTER (WHERE amount > 0) AS orders
FROM sales
WHERE customer_id IS NOT NULL
  AND date > CAST(? AS DATE)
  AND date <= CAST(? AS DATE)
GROUP BY customer_id
