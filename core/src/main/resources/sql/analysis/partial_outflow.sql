-- Product groups a customer used to buy and has stopped buying, while still buying others: the
-- group was bought on at least 2 orders in (before_start, stop_start], for nothing in
-- (stop_start, as_of], and the customer bought something else in (stop_start, as_of].
-- Parameters: 1 before_start, 2 stop_start, 3 stop_start, 4 stop_start, 5 before_start, 6 as_of,
-- 7 stop_start, 8 as_of.
WITH per_group AS (
  SELECT s.customer_id,
         s.product_group,
         sum(s.amount) FILTER (WHERE s.date > CAST(? AS DATE) AND s.date <= CAST(? AS DATE)) AS revenue_before,
         count(DISTINCT coalesce(s.invoice_id, CAST(s.date AS STRING)))
             FILTER (WHERE s.date <= CAST(? AS DATE) AND s.amount > 0) AS orders_before,
         max(s.date) FILTER (WHERE s.amount > 0) AS last_purchase,
         sum(s.amount) FILTER (WHERE s.date > CAST(? AS DATE)) AS revenue_after
  FROM sales s
  WHERE s.customer_id IS NOT NULL
    AND s.product_group IS NOT NULL
    AND s.date > CAST(? AS DATE)
    AND s.date <= CAST(? AS DATE)
  GROUP BY s.customer_id, s.product_group
),
still_buying AS (
  SELECT DISTINCT s.customer_id
  FROM sales s
  WHERE s.customer_id IS NOT NULL
    AND s.amount > 0
    AND s.date > CAST(? AS DATE)
    AND s.date <= CAST(? AS DATE)
)
SELECT g.customer_id, g.product_group, g.revenue_before, g.orders_before, g.last_purchase
FROM per_group g
JOIN still_buying b ON b.customer_id = g.customer_id
WHERE g.revenue_before > 0
  AND g.orders_before >= 2
  AND coalesce(g.revenue_after, 0) <= 0
ORDER BY g.revenue_before DESC, g.customer_id, g.product_group
