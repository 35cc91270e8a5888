-- Each customer's basket for cross-selling: the product groups it bought for a positive net amount
-- in the window (1 window_start exclusive, 2 as_of inclusive), with that revenue. Kept by the
-- engine as cross_sell_baskets for the rule and recommendation queries of the same run.
SELECT customer_id, product_group, sum(amount) AS revenue
FROM sales
WHERE customer_id IS NOT NULL
  AND product_group IS NOT NULL
  AND date > CAST(? AS DATE)
  AND date <= CAST(? AS DATE)
GROUP BY customer_id, product_group
HAVING sum(amount) > 0
