-- One row of facts per customer as of a reference date. Boundaries are bound as dates (computed by
-- the caller) so that the query is plain, portable SQL:
--   1 as_of, 2 recent_start (as_of - 12 months, exclusive), 3 previous_start (as_of - 24 months).
-- Orders are distinct invoices with a positive amount (distinct days where there is no invoice id).
-- Margin is the line's margin, or amount - cost where the cost is known.
WITH lines AS (
  SELECT s.customer_id,
         s.date,
         coalesce(s.invoice_id, CAST(s.date AS STRING)) AS invoice,
         s.product_group,
         s.amount,
         coalesce(s.margin, s.amount - s.cost) AS margin,
         s.date > CAST(? AS DATE) AS recent,
         s.date > CAST(? AS DATE) AS in_two_years
  FROM sales s
  WHERE s.customer_id IS NOT NULL
    AND s.date <= CAST(? AS DATE)
)
SELECT l.customer_id,
       any_value(c.name) AS name,
       coalesce(sum(l.amount) FILTER (WHERE l.recent), 0) AS revenue_12m,
       coalesce(sum(l.amount) FILTER (WHERE l.in_two_years AND NOT l.recent), 0) AS revenue_previous_12m,
       sum(l.amount) AS revenue_total,
       sum(l.margin) FILTER (WHERE l.recent) AS margin_12m,
       count(DISTINCT l.invoice) FILTER (WHERE l.recent AND l.amount > 0) AS orders_12m,
       count(DISTINCT l.invoice) FILTER (WHERE l.in_two_years AND NOT l.recent AND l.amount > 0)
           AS orders_previous_12m,
       count(DISTINCT l.invoice) FILTER (WHERE l.amount > 0) AS orders_total,
       count(DISTINCT l.product_group) FILTER (WHERE l.recent AND l.amount > 0) AS product_groups_12m,
       min(l.date) AS first_purchase,
       max(l.date) FILTER (WHERE l.amount > 0) AS last_purchase
FROM lines l
LEFT JOIN customers c ON c.customer_id = l.customer_id
GROUP BY l.customer_id
ORDER BY l.customer_id
