-- What lapsed customers used to buy: revenue per product group in their last active 12 months.
--   1 as_of. Joined by the caller to the lapsed customers' last purchase dates.
SELECT s.customer_id, coalesce(s.product_group, '') AS product_group, sum(s.amount) AS revenue
FROM sales s
JOIN (
  SELECT customer_id, max(date) AS last_purchase
  FROM sales
  WHERE customer_id IS NOT NULL AND amount > 0 AND date <= CAST(? AS DATE)
  GROUP BY customer_id
) last ON last.customer_id = s.customer_id
WHERE s.date > last.last_purchase - INTERVAL 12 MONTH
  AND s.date <= last.last_purchase
GROUP BY s.customer_id, coalesce(s.product_group, '')
HAVING sum(s.amount) > 0
ORDER BY s.customer_id, revenue DESC, product_group
